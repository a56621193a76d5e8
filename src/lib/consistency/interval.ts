/**
 * Interval arithmetic for printed figures. A figure printed with p decimals stands for any true
 * value within half a unit of its last digit (48.2 → [48.15, 48.25]); combining intervals tells
 * whether a difference between two printed figures can come from rounding alone.
 */
export interface Interval {
  low: number;
  high: number;
}

/** Number of decimals a figure is printed with (`127.53` → 2, `39812` → 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** The values a printed figure may stand for; `exact` for figures that are not rounded (declared rates). */
export function printedInterval(value: number, exact = false): Interval {
  if (exact) return { low: value, high: value };
  const half = 0.5 * 10 ** -decimalsOf(value);
  return { low: value - half, high: value + half };
}

export const add = (a: Interval, b: Interval): Interval => ({ low: a.low + b.low, high: a.high + b.high });
export const subtract = (a: Interval, b: Interval): Interval => ({ low: a.low - b.high, high: a.high - b.low });

export function multiply(a: Interval, b: Interval): Interval {
  const products = [a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high];
  return { low: Math.min(...products), high: Math.max(...products) };
}

/** Division; undefined when the divisor interval contains zero. */
export function divide(a: Interval, b: Interval): Interval | undefined {
  if (b.low <= 0 && b.high >= 0) return undefined;
  return multiply(a, { low: 1 / b.high, high: 1 / b.low });
}

/** Whether two intervals share a value (with a tolerance for floating-point noise). */
export function overlaps(a: Interval, b: Interval): boolean {
  const epsilon = 1e-9 * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  return a.low <= b.high + epsilon && b.low <= a.high + epsilon;
}

/** Midpoint of an interval: the computed value shown to readers. */
export const midpoint = (interval: Interval): number => (interval.low + interval.high) / 2;
