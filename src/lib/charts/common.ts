/**
 * Shared pieces of the charts: sizes, calendar dates on a time axis, zh-CN tick labels and a
 * rough text-width estimate for layout. Every chart is a pure function of its data and its width
 * (as in Observable Framework); the page draws each chart once, at {@link CHART_WIDTH}, as one SVG
 * that CSS scales to its column (src/styles/charts.css), so text stays readable from 320 px phones
 * to wide screens and print.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { formatDateZh, formatQuantity } from '../format.ts';

export interface ChartSize {
  width: number;
  height: number;
}

/** The plotting area inside a chart, in SVG user units (CSS pixels at natural size). */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The width every chart on the site is drawn at, in SVG user units. The SVG is shown at the full
 * width of its column, from 288 px of content on a 320 px phone (a 0.9 scale: 13 px text reads
 * 11.7 px) to at most 1.5 times this width, 480 px, on wide screens (19.5 px text): the `max-width`
 * of `.chart-svg` in src/styles/charts.css. Print shows the same drawing. The geometry functions
 * take any width (the tests draw others).
 */
export const CHART_WIDTH = 320;

/** Font size of chart text at natural size, in px; the CSS sets the same. */
export const FONT_SIZE = 13;

/** A calendar date (YYYY-MM-DD) as midnight UTC, so no local time zone can shift it. */
export function dayOf(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}/u.test(iso)) throw new Error(`not an ISO date: "${iso}"`);
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / 86_400_000);
}

/** `2022-09-30` → `2022年9月30日` (the site's format). */
export const chartDate = formatDateZh;

/** Numbers as the site prints them: `6,299亩`, `37.8%`. */
export const quantity = formatQuantity;

/** A share in percent with one decimal at most: 37.795 → `37.8%`. */
export function percent(value: number): string {
  return `${formatQuantity(Math.round(value * 10) / 10)}%`;
}

const yearMonth = utcFormat('%Y年%-m月');
const monthOnly = utcFormat('%-m月');
const yearOnly = utcFormat('%Y年');

/**
 * Tick labels for a time axis, in zh-CN: the first tick and each new year carry the year
 * (`2022年6月`, `8月`, `2023年1月`); ticks on 1 January of yearly axes read `2023年`.
 */
export function timeTickLabels(ticks: readonly Date[]): string[] {
  const yearly = ticks.length > 1 && ticks.every((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1);
  return ticks.map((tick, index) => {
    if (yearly) return yearOnly(tick);
    const previous = ticks[index - 1];
    return previous === undefined || previous.getUTCFullYear() !== tick.getUTCFullYear() ? yearMonth(tick) : monthOnly(tick);
  });
}

/** Where the "as of" date sits relative to a time axis. */
export type AsOfPlacement = 'inside' | 'before' | 'after';

/**
 * The time domain of a chart: the span of its dates, widened to take in the "as of" date when
 * that costs at most half the span again (otherwise the data would be squeezed into a corner;
 * the chart then marks the as-of date at the edge instead). A single date gets a month either side.
 */
export function timeDomain(dates: readonly string[], asOf: string): { domain: [Date, Date]; asOf: AsOfPlacement } {
  const sorted = [...dates].sort();
  let first = sorted[0] ?? asOf;
  let last = sorted.at(-1) ?? asOf;
  const span = Math.max(daysBetween(first, last), 30);
  if (asOf < first && daysBetween(asOf, first) <= span / 2) first = asOf;
  if (asOf > last && daysBetween(last, asOf) <= span / 2) last = asOf;
  let [start, end] = [dayOf(first), dayOf(last)];
  if (start.getTime() === end.getTime()) {
    start = new Date(start.getTime() - 30 * 86_400_000);
    end = new Date(end.getTime() + 30 * 86_400_000);
  }
  const placement: AsOfPlacement = asOf < first ? 'before' : asOf > last ? 'after' : 'inside';
  return { domain: [start, end], asOf: placement };
}

/** A UTC time scale over `domain` and the ticks that fit `range` without their labels overlapping. */
export function timeAxis(domain: [Date, Date], range: [number, number]): { scale: ScaleTime<number, number>; ticks: Array<{ x: number; label: string }> } {
  const scale = scaleUtc().domain(domain).range(range);
  // A label such as `2022年10月` is about 70 px at 13 px; leave room between labels.
  const count = Math.max(2, Math.floor(Math.abs(range[1] - range[0]) / 90));
  const ticks = scale.ticks(count);
  const labels = timeTickLabels(ticks);
  return { scale, ticks: ticks.map((tick, index) => ({ x: scale(tick), label: labels[index]! })) };
}

/**
 * Approximate width of a text in px: CJK characters and full-width punctuation are one em,
 * digits and Latin letters about 0.6 em. Good enough to reserve room for labels.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const character of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2460-\u27BF]/u.test(character) ? 1 : 0.6;
  return ems * fontSize;
}

/** Rounds a coordinate to 0.1 px so the SVG stays short and stable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The as-of marker of a time axis: a line inside the plot, or a labelled arrow at the edge. */
export interface AsOfMarker {
  x: number;
  placement: AsOfPlacement;
  label: string;
  /** Where its label starts or ends, so the label stays inside the chart. */
  textX: number;
  anchor: 'start' | 'end';
}

export function asOfMarker(placement: AsOfPlacement, insideX: number, asOf: string, left: number, right: number): AsOfMarker {
  if (placement === 'after') return { x: round(right), placement, label: `统计日 ${chartDate(asOf)} →`, textX: round(right), anchor: 'end' };
  if (placement === 'before') return { x: round(left), placement, label: `← 统计日 ${chartDate(asOf)}`, textX: round(left), anchor: 'start' };
  const label = '统计日';
  const fitsRight = insideX + 4 + textWidth(label) <= right;
  return { x: round(insideX), placement, label, textX: round(fitsRight ? insideX + 4 : insideX - 4), anchor: fitsRight ? 'start' : 'end' };
}
