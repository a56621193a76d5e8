import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartSize } from './trajectory.ts';

/** One bar of a ranked comparison. */
export interface Bar {
  label: string;
  value: number;
  /** Where the bar links, if anywhere. */
  href?: string | undefined;
}

export interface BarGeometry {
  size: ChartSize;
  bars: Array<Bar & { x: number; y: number; width: number; height: number; rank: number }>;
  labelWidth: number;
}

/**
 * Horizontal bars ranked from the largest value down (ties keep the input order), as the
 * notices' weekly report forms rank areas. Height grows with the number of bars so that each
 * label stays readable at 320 px wide.
 */
export function rankedBars(data: readonly Bar[], width: number, barHeight = 22, labelWidth = 88): BarGeometry {
  const ranked = data.map((bar, index) => ({ bar, index })).sort((a, b) => b.bar.value - a.bar.value || a.index - b.index).map(({ bar }) => bar);
  const height = Math.max(barHeight * 2, ranked.length * (barHeight + 6) + 8);
  const y = scaleBand<string>().domain(ranked.map((_bar, index) => `${index}`)).range([4, height - 4]).padding(0.2);
  const max = Math.max(0, ...ranked.map((bar) => bar.value));
  // Leave room at the right for the value printed after each bar.
  const x = scaleLinear().domain([0, max || 1]).range([0, Math.max(10, width - labelWidth - 64)]);
  return {
    size: { width, height },
    labelWidth,
    bars: ranked.map((bar, index) => ({ ...bar, rank: index + 1, x: labelWidth, y: y(`${index}`) ?? 0, width: x(bar.value), height: y.bandwidth() })),
  };
}

/** A segment of a stacked bar of counts (task statuses). */
export interface Segment {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Lays out counts as one stacked bar; empty segments are dropped. */
export function stackedSegments(segments: readonly Segment[], width: number): Array<Segment & { x: number; width: number }> {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  const x = scaleLinear().domain([0, total || 1]).range([0, width]);
  let offset = 0;
  return segments
    .filter((segment) => segment.count > 0)
    .map((segment) => {
      const placed = { ...segment, x: x(offset), width: x(offset + segment.count) - x(offset) };
      offset += segment.count;
      return placed;
    });
}
