import { scaleUtc } from 'd3-scale';
import { MARGIN, chartDate, type ChartSize } from './trajectory.ts';

/** A task placed on the deadline timeline. */
export interface TimelineItem {
  id: string;
  label: string;
  deadline: string;
  overdue: boolean;
  href: string;
}

export interface TimelineGeometry {
  size: ChartSize;
  items: Array<TimelineItem & { x: number; y: number; text: string }>;
  asOf?: { x: number; date: string } | undefined;
  ticks: Array<{ x: number; label: string }>;
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Places every dated task on a time axis. Tasks due on the same day stack upwards, so none hides
 * another. Tasks without a deadline are not on the axis (the caller lists them).
 */
export function timelineGeometry(items: readonly TimelineItem[], asOf: string, width: number, rowHeight = 14): TimelineGeometry {
  const dated = [...items].sort((a, b) => a.deadline.localeCompare(b.deadline));
  const dates = [...dated.map((item) => dayOf(item.deadline)), dayOf(asOf)];
  let first = new Date(Math.min(...dates.map(Number)));
  let last = new Date(Math.max(...dates.map(Number)));
  if (Number(first) === Number(last)) {
    first = new Date(Number(first) - 15 * 86_400_000);
    last = new Date(Number(last) + 15 * 86_400_000);
  }
  const x = scaleUtc().domain([first, last]).range([MARGIN.left, width - MARGIN.right]).nice();
  const stack = new Map<string, number>();
  for (const item of dated) stack.set(item.deadline, (stack.get(item.deadline) ?? 0) + 1);
  const tallest = Math.max(1, ...stack.values());
  const height = MARGIN.top + tallest * rowHeight + MARGIN.bottom;
  const seen = new Map<string, number>();
  return {
    size: { width, height },
    items: dated.map((item) => {
      const level = seen.get(item.deadline) ?? 0;
      seen.set(item.deadline, level + 1);
      return { ...item, x: x(dayOf(item.deadline)), y: height - MARGIN.bottom - (level + 0.5) * rowHeight, text: `${chartDate(item.deadline)}：${item.label}${item.overdue ? '（已逾期）' : ''}` };
    }),
    asOf: { x: x(dayOf(asOf)), date: asOf },
    ticks: x.ticks(Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 130))).map((tick) => ({ x: x(tick), label: `${tick.getUTCFullYear()}年${tick.getUTCMonth() + 1}月` })),
  };
}
