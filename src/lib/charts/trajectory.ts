/**
 * Target trajectory: the path a notice plans through its milestones, against the values reported
 * over time, with the "as of" date marked. Only printed or reported figures are drawn: no path
 * is invented before the first milestone, and a target without reports says so.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import type { MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';
import {
  asOfMarker,
  CHART_WIDTH,
  chartDate,
  round,
  percent,
  quantity,
  timeAxis,
  timeDomain,
  dayOf,
  type AsOfMarker,
  type ChartSize,
  type PlotArea,
} from './common.ts';

type TargetFields = Pick<TargetRow, 'id' | 'title' | 'unit' | 'value' | 'comparison' | 'cumulative'> & { due?: string | undefined };
type MilestoneFields = Pick<MilestoneRow, 'due' | 'value' | 'unit'> & { due_text?: string | undefined };
type ProgressFields = Pick<ProgressRow, 'as_of' | 'value' | 'unit'> & { source?: string | undefined };

/**
 * How the vertical axis reads. `share`: percent of the target (a target in 亩, 宗 …).
 * `rate`: the target is itself a percentage (供地率 96%), so the axis shows that percentage.
 */
export type TrajectoryMode = 'share' | 'rate';

/** A point of the planned path: a milestone, or the target itself on its due date. */
export interface PlanPoint {
  date: string;
  kind: 'milestone' | 'due';
  /** In the target's unit. */
  value: number;
  /** Percent of the target. */
  share: number;
  /** The deadline as printed (`6月底`), when given. */
  dueText?: string;
}

/** A reported value on one date; when a report gives the same figure in two units, both are kept. */
export interface ReportPoint {
  date: string;
  /** In the target's unit. */
  value: number;
  share: number;
  /** Every figure reported for that date, as printed. */
  figures: Array<{ value: number; unit: string }>;
  sources: string[];
}

/** Everything a trajectory chart shows, before any geometry. */
export interface TrajectoryModel {
  target: TargetFields;
  mode: TrajectoryMode;
  /** The notice's date, marked on the axis when given. */
  issued?: string | undefined;
  asOf: string;
  plan: PlanPoint[];
  /** Reports dated on or before the as-of date, one point per date. */
  reports: ReportPoint[];
  /** Reports in a unit that is neither the target's nor %, which cannot be placed on the chart. */
  unplaced: ProgressFields[];
}

/**
 * A milestone figure in the target's unit. Per the authoring contract a milestone in `%` is a
 * share of the target (50 % of 127.53 亩); otherwise it is in the target's own unit.
 */
export function milestoneInTargetUnit(target: Pick<TargetRow, 'value' | 'unit'>, milestone: Pick<MilestoneRow, 'value' | 'unit'>): number | undefined {
  if (milestone.unit === '%') return (milestone.value / 100) * target.value;
  return milestone.unit === target.unit ? milestone.value : undefined;
}

/**
 * A reported figure in the target's unit. A report in the target's unit is taken as it is (for a
 * target that is itself a percentage, a report in % is that percentage); a report in % of a
 * target in another unit is converted as a share of the target; any other unit cannot be placed.
 */
export function reportInTargetUnit(target: Pick<TargetRow, 'value' | 'unit'>, report: Pick<ProgressRow, 'value' | 'unit'>): number | undefined {
  if (report.unit === target.unit) return report.value;
  if (report.unit === '%') return (report.value / 100) * target.value;
  return undefined;
}

const shareOf = (target: Pick<TargetRow, 'value'>, value: number) => (target.value === 0 ? 0 : (value / target.value) * 100);

/** Builds the model of a target's chart from its rows; reports after `asOf` are left out, as for task statuses. */
export function trajectoryModel(
  target: TargetFields,
  milestones: readonly MilestoneFields[],
  progress: readonly ProgressFields[],
  asOf: string,
  issued?: string,
): TrajectoryModel {
  const plan: PlanPoint[] = [];
  for (const milestone of [...milestones].sort((a, b) => a.due.localeCompare(b.due))) {
    const value = milestoneInTargetUnit(target, milestone);
    if (value === undefined || plan.some((point) => point.date === milestone.due)) continue;
    plan.push({ date: milestone.due, kind: 'milestone', value, share: shareOf(target, value), ...(milestone.due_text ? { dueText: milestone.due_text } : {}) });
  }
  if (target.due && !plan.some((point) => point.date === target.due)) plan.push({ date: target.due, kind: 'due', value: target.value, share: 100 });
  plan.sort((a, b) => a.date.localeCompare(b.date));

  const known = progress.filter((report) => report.as_of <= asOf);
  const unplaced = known.filter((report) => reportInTargetUnit(target, report) === undefined);
  const byDate = Map.groupBy(
    known.filter((report) => !unplaced.includes(report)),
    (report) => report.as_of,
  );
  const reports = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, rows]): ReportPoint => {
      // The same figure in two units (48.2 亩 and 37.8 %) is one point, taken from the target's unit.
      const primary = rows.find((row) => row.unit === target.unit) ?? rows[0]!;
      const value = reportInTargetUnit(target, primary)!;
      return {
        date,
        value,
        share: shareOf(target, value),
        figures: rows.map((row) => ({ value: row.value, unit: row.unit })),
        sources: [...new Set(rows.flatMap((row) => (row.source ? [row.source] : [])))],
      };
    });

  return { target, mode: target.unit === '%' ? 'rate' : 'share', issued, asOf, plan, reports, unplaced };
}

/** The planned level on a date, in the target's unit and as a share. */
export interface PlannedLevel {
  value: number;
  share: number;
  /** `milestone`: the date is a plan point; `interpolated`: on the straight line between two; `after`: past the last point. */
  basis: 'milestone' | 'interpolated' | 'after';
}

/**
 * The planned level on `date`, read off the planned path: exact on a plan point, linear in time
 * between two, and the last level after the last one. Undefined before the first plan point:
 * the notice states no plan there.
 */
export function plannedLevel(plan: readonly PlanPoint[], date: string): PlannedLevel | undefined {
  const first = plan[0];
  if (first === undefined || date < first.date) return undefined;
  const exact = plan.find((point) => point.date === date);
  if (exact) return { value: exact.value, share: exact.share, basis: 'milestone' };
  const nextIndex = plan.findIndex((point) => point.date > date);
  if (nextIndex === -1) {
    const last = plan.at(-1)!;
    return { value: last.value, share: last.share, basis: 'after' };
  }
  const [before, after] = [plan[nextIndex - 1]!, plan[nextIndex]!];
  const t = (dayOf(date).getTime() - dayOf(before.date).getTime()) / (dayOf(after.date).getTime() - dayOf(before.date).getTime());
  return { value: before.value + t * (after.value - before.value), share: before.share + t * (after.share - before.share), basis: 'interpolated' };
}

/** The figure plotted on the vertical axis for a value in the target's unit. */
function plotted(model: TrajectoryModel, value: number, share: number): number {
  return model.mode === 'rate' ? value : share;
}

const comparisonWords = { at_least: '以上', exactly: '', at_most: '以内' } as const;

/** `127.53亩`, `96%以上`. */
export function targetText(target: TargetFields): string {
  return `${quantity(target.value, target.unit)}${comparisonWords[target.comparison]}`;
}

/** How a planned point reads in a tooltip and in the data table. */
export function planLabel(model: TrajectoryModel, point: PlanPoint): string {
  const when = `${chartDate(point.date)}前${point.dueText ? `（原文“${point.dueText}”）` : ''}`;
  if (point.kind === 'due') return `计划：${when}${model.target.cumulative ? '完成' : '达到'}目标 ${targetText(model.target)}`;
  return model.mode === 'rate'
    ? `计划：${when}达到 ${percent(point.value)}`
    : `计划：${when}完成 ${percent(point.share)}（${quantity(Math.round(point.value * 100) / 100, model.target.unit)}）`;
}

/** How a reported point reads: every figure as printed, its share, and the plan on that date. */
export function reportLabel(model: TrajectoryModel, point: ReportPoint): string {
  const unit = model.target.unit;
  const own = point.figures.filter((figure) => figure.unit === unit);
  const others = point.figures.filter((figure) => figure.unit !== unit);
  // Figures as printed, the one in the target's unit first; a share is computed only when none was printed.
  const printed =
    own.length > 0
      ? `${own.map((figure) => quantity(figure.value, figure.unit)).join('、')}${others.length > 0 ? `（同时报告 ${others.map((figure) => quantity(figure.value, figure.unit)).join('、')}）` : ''}`
      : `完成目标的 ${others.map((figure) => quantity(figure.value, figure.unit)).join('、')}`;
  const share = model.mode === 'share' && own.length > 0 && others.length === 0 ? `，占目标 ${percent(point.share)}` : '';
  const planned = model.target.cumulative ? plannedLevel(model.plan, point.date) : undefined;
  const comparison =
    planned === undefined
      ? ''
      : planned.basis === 'milestone'
        ? `；同日计划节点 ${percent(plotted(model, planned.value, planned.share))}`
        : planned.basis === 'after'
          ? `；计划期限已过，应完成 ${percent(plotted(model, planned.value, planned.share))}`
          : `；同期计划约 ${percent(plotted(model, planned.value, planned.share))}（按相邻节点直线推算）`;
  return `报告：截至${chartDate(point.date)} ${printed}${share}${comparison}`;
}

/**
 * The description of the chart for screen readers and the figure caption: the target, the plan,
 * the latest report (or that there is none) and the as-of date — the key figures in one paragraph.
 */
export function describeTrajectory(model: TrajectoryModel): string {
  const { target } = model;
  const goal = `目标：${target.title}，${target.due ? `${chartDate(target.due)}前` : ''}${target.cumulative ? '完成' : '达到'} ${targetText(target)}。`;
  const milestones = model.plan.filter((point) => point.kind === 'milestone');
  const plan =
    milestones.length > 0
      ? `阶段节点：${milestones.map((point) => `${chartDate(point.date)}前${model.mode === 'rate' ? percent(point.value) : percent(point.share)}`).join('，')}。`
      : '文件未设阶段节点。';
  const latest = model.reports.at(-1);
  const report = latest ? `最新报告：${reportLabel(model, latest).replace(/^报告：/u, '')}。共 ${model.reports.length} 次报告。` : `截至统计日尚无进展报告。`;
  const unplaced = model.unplaced.length > 0 ? `另有 ${model.unplaced.length} 条报告的单位与目标不同，未画入图中。` : '';
  return `${goal}${plan}${report}${unplaced}统计日：${chartDate(model.asOf)}。`;
}

/** A drawn point with what its tooltip and accessible name say. */
export interface TrajectoryPoint {
  x: number;
  y: number;
  date: string;
  label: string;
}

export interface TrajectoryGeometry {
  size: ChartSize;
  plot: PlotArea;
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; label: string }>;
  /** Title of the vertical axis, with its unit. */
  yTitle: string;
  /** The target level as a horizontal reference line. */
  target: { y: number; label: string };
  /** `path` is empty when fewer than two points, or for a rate measured at a time (no path between points). */
  plan: { path: string; points: TrajectoryPoint[] };
  /** Empty when nothing is reported: the chart says so (`empty`) instead of drawing a line at zero. */
  reports: { path: string; points: TrajectoryPoint[] };
  /** The as-of date: a line inside the plot, or a marker at the edge when it lies far outside. */
  asOf: AsOfMarker;
  issued?: { x: number; label: string } | undefined;
  empty?: { x: number; y: number; text: string } | undefined;
}

/** The size the site draws every trajectory at. */
export const TRAJECTORY_SIZE: ChartSize = { width: CHART_WIDTH, height: 240 };

/** Lays out a trajectory at `size`. Pure: same model and size, same geometry. */
export function trajectoryGeometry(model: TrajectoryModel, size: ChartSize): TrajectoryGeometry {
  const narrow = size.width < 480;
  const plot: PlotArea = { left: narrow ? 46 : 52, right: size.width - (narrow ? 12 : 20), top: 40, bottom: size.height - 30 };
  const dates = [...model.plan.map((point) => point.date), ...model.reports.map((point) => point.date), ...(model.issued ? [model.issued] : [])];
  const domain = timeDomain(dates, model.asOf);
  const { scale: x, ticks: xTicks } = timeAxis(domain.domain, [plot.left, plot.right]);

  const targetLevel = model.mode === 'rate' ? model.target.value : 100;
  const highest =
    max([
      targetLevel,
      ...model.plan.map((point) => plotted(model, point.value, point.share)),
      ...model.reports.map((point) => plotted(model, point.value, point.share)),
    ]) ?? 100;
  const y = scaleLinear().domain([0, highest]).nice(4).range([plot.bottom, plot.top]);

  const place = (date: string, level: number, label: string): TrajectoryPoint => ({ x: round(x(dayOf(date))), y: round(y(level)), date, label });
  const path = line<TrajectoryPoint>()
    .x((point) => point.x)
    .y((point) => point.y);
  const planPoints = model.plan.map((point) => place(point.date, plotted(model, point.value, point.share), planLabel(model, point)));
  const reportPoints = model.reports.map((point) => place(point.date, plotted(model, point.value, point.share), reportLabel(model, point)));

  const issuedX = model.issued ? x(dayOf(model.issued)) : undefined;
  return {
    size,
    plot,
    xTicks: xTicks.map((tick) => ({ x: round(tick.x), label: tick.label })),
    yTicks: y.ticks(4).map((tick) => ({ y: round(y(tick)), label: `${quantity(tick)}%` })),
    yTitle: model.mode === 'rate' ? '百分比（%）' : `占目标的比例（%，100% = ${quantity(model.target.value, model.target.unit)}）`,
    target: { y: round(y(targetLevel)), label: `目标 ${model.mode === 'rate' ? targetText(model.target) : '100%'}` },
    plan: { path: model.target.cumulative && planPoints.length > 1 ? (path(planPoints) ?? '') : '', points: planPoints },
    reports: { path: reportPoints.length > 1 ? (path(reportPoints) ?? '') : '', points: reportPoints },
    asOf: asOfMarker(domain.asOf, x(dayOf(model.asOf)), model.asOf, plot.left, plot.right),
    issued: issuedX !== undefined && issuedX >= plot.left && issuedX <= plot.right ? { x: round(issuedX), label: '成文' } : undefined,
    empty:
      reportPoints.length === 0
        ? { x: round((plot.left + plot.right) / 2), y: round((plot.top + plot.bottom) / 2), text: '截至统计日尚无进展报告' }
        : undefined,
  };
}
