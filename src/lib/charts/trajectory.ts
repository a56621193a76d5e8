import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';

/** Size of a chart in CSS pixels; geometry scales with it (the SVG has a viewBox). */
export interface ChartSize {
  width: number;
  height: number;
}

/** Margins around the plotting area, leaving room for axis labels. */
export const MARGIN = { top: 28, right: 16, bottom: 36, left: 48 } as const;

/** A point of a series with its screen position and what a tooltip says about it. */
export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  /** Share of the target, in percent. */
  percent: number;
  label: string;
}

/** Geometry of a target trajectory: planned path through milestones against reported values. */
export interface TrajectoryGeometry {
  size: ChartSize;
  planned: { path: string; points: ChartPoint[] };
  /** Empty when nothing is reported: the chart says so instead of drawing a line at zero. */
  reported: { path: string; points: ChartPoint[] };
  asOf?: { x: number; date: string } | undefined;
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; label: string }>;
}

const dayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * Converts a reported value to a share of the target in percent: a `%` value is already one;
 * a value in the target's unit is divided by the target. Other units cannot be placed (undefined).
 */
export function shareOfTarget(target: Pick<TargetRow, 'value' | 'unit'>, value: number, unit: string): number | undefined {
  if (unit === '%' ) return target.unit === '%' ? (value / target.value) * 100 : value;
  if (unit === target.unit && target.value !== 0) return (value / target.value) * 100;
  return undefined;
}

/** Formats a date as the charts label it: 2022年6月30日. */
export function chartDate(iso: string): string {
  const date = dayOf(iso);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/**
 * Lays out a target trajectory. The planned path starts at 0 % on `start` (the notice's date),
 * passes through each milestone (in % of the target) and ends at 100 % on the due date.
 * Reported values are placed as shares of the target; the "as of" date is marked when it falls
 * inside the time range.
 */
export function trajectoryGeometry(
  target: Pick<TargetRow, 'value' | 'unit' | 'due'>,
  start: string,
  milestones: ReadonlyArray<Pick<MilestoneRow, 'due' | 'value' | 'unit'>>,
  reports: ReadonlyArray<Pick<ProgressRow, 'as_of' | 'value' | 'unit'>>,
  asOf: string,
  size: ChartSize,
): TrajectoryGeometry {
  const plannedSteps = [
    ...milestones.flatMap((milestone) => {
      const percent = shareOfTarget(target, milestone.value, milestone.unit);
      return percent === undefined ? [] : [{ date: milestone.due, percent }];
    }),
    ...(target.due ? [{ date: target.due, percent: 100 }] : []),
  ];
  // The path starts at 0 % on the notice's date only if that comes before every step: a notice may
  // restate milestones already past (then there is no known starting point, and none is drawn).
  const plannedData = [...(plannedSteps.every((step) => step.date > start) ? [{ date: start, percent: 0 }] : []), ...plannedSteps]
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((point, index, all) => index === all.findIndex((other) => other.date === point.date && other.percent === point.percent));
  const reportedData = reports
    .flatMap((report) => {
      const percent = shareOfTarget(target, report.value, report.unit);
      return percent === undefined ? [] : [{ date: report.as_of, percent, report }];
    })
    // The same figure reported in two units (48.2 亩 and 37.8 %) is one point, in the target's unit.
    .sort((a, b) => a.date.localeCompare(b.date) || Number(b.report.unit === target.unit) - Number(a.report.unit === target.unit))
    .filter((point, index, all) => !all.slice(0, index).some((other) => other.date === point.date && Math.abs(other.percent - point.percent) < 0.1));

  const dates = [...plannedData.map((point) => point.date), ...reportedData.map((point) => point.date)].map(dayOf);
  const first = new Date(Math.min(...dates.map(Number)));
  let last = new Date(Math.max(...dates.map(Number)));
  // A single date still needs a range to draw on.
  if (Number(last) === Number(first)) last = new Date(Number(first) + 30 * 86_400_000);
  const x = scaleUtc().domain([first, last]).range([MARGIN.left, size.width - MARGIN.right]);
  const maxPercent = Math.max(100, ...reportedData.map((point) => point.percent));
  const y = scaleLinear().domain([0, maxPercent]).nice().range([size.height - MARGIN.bottom, MARGIN.top]);
  const toPoint = (date: string, percent: number, label: string): ChartPoint => ({ x: x(dayOf(date)), y: y(percent), date, percent, label });
  const path = line<ChartPoint>().x((point) => point.x).y((point) => point.y);

  const planned = plannedData.map((point) => toPoint(point.date, point.percent, `计划：${chartDate(point.date)}前完成 ${formatPercent(point.percent)}`));
  const reported = reportedData.map((point) => toPoint(point.date, point.percent, `报告：截至${chartDate(point.date)} ${point.report.value}${point.report.unit}（${formatPercent(point.percent)}）`));
  const asOfDate = dayOf(asOf);
  return {
    size,
    planned: { path: path(planned) ?? '', points: planned },
    reported: { path: reported.length > 1 ? (path(reported) ?? '') : '', points: reported },
    asOf: asOfDate >= first && asOfDate <= last ? { x: x(asOfDate), date: asOf } : undefined,
    xTicks: x.ticks(Math.max(2, Math.floor((size.width - MARGIN.left - MARGIN.right) / 130))).map((tick) => ({ x: x(tick), label: `${tick.getUTCFullYear()}年${tick.getUTCMonth() + 1}月` })),
    yTicks: y.ticks(5).map((tick) => ({ y: y(tick), label: `${tick}%` })),
  };
}

/** 37.8 → 37.8%, 50 → 50%. */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(1))}%`;
}
