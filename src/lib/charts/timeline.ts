/**
 * Deadline timeline: every task's deadline on a time axis, one lane per notice, overdue tasks
 * drawn as a cross (completed as a tick, others as a circle), with the as-of date marked.
 */
import type { TaskStatus } from '../tasks/status.ts';
import { asOfMarker, chartDate, dayOf, round, timeAxis, timeDomain, type AsOfMarker, type ChartSize, type PlotArea } from './common.ts';
import { compareIds, compareIsoDates } from '../text/order.ts';

/** How a task is marked: the shape carries the meaning, the colour repeats it. */
export type DeadlineMark = 'overdue' | 'completed' | 'open';

export function markOf(status: TaskStatus): DeadlineMark {
  if (status === '已过期限，尚未报告完成' || status === '已过期限，暂无进展报告') return 'overdue';
  return status === '已完成' ? 'completed' : 'open';
}

export const MARK_LABELS: Record<DeadlineMark, string> = { overdue: '已过期限，未报告完成', completed: '已完成', open: '未到期' };

export interface TimelineTask {
  id: string;
  /** Short reference, e.g. `安政办发〔2022〕50号 三（一）2`. */
  label: string;
  title: string;
  deadline?: string | undefined;
  status: TaskStatus;
  /** Its reports, encoded (src/lib/tasks/as-of.ts), so the page can restate the status for another date. */
  reports?: string | undefined;
  /** Where the task is stated (its clause), for the data table. */
  href?: string | undefined;
}

export interface TimelineLaneModel {
  id: string;
  label: string;
  tasks: TimelineTask[];
}

/** `2022年9月15日 安政办发〔2022〕50号 一1：明确责任主体。（已过期限，暂无进展报告）`. */
export function deadlineLabel(task: TimelineTask & { deadline: string }): string {
  return `${chartDate(task.deadline)} 到期：${task.label} ${task.title}（${task.status}）`;
}

/** The tasks of all lanes that have a deadline, earliest first; equal deadlines in lane order (the chart's data table). */
export function datedTasks(lanes: readonly TimelineLaneModel[]): Array<TimelineTask & { deadline: string }> {
  return lanes
    .flatMap((lane) => lane.tasks)
    .filter((task): task is TimelineTask & { deadline: string } => task.deadline !== undefined)
    .sort((a, b) => compareIsoDates(a.deadline, b.deadline));
}

/** The key figures: how many tasks have deadlines, the first and last, and how many are overdue. */
export function describeTimeline(lanes: readonly TimelineLaneModel[], asOf: string): string {
  const total = lanes.reduce((sum, lane) => sum + lane.tasks.length, 0);
  const dated = datedTasks(lanes);
  const undated = total - dated.length;
  if (dated.length === 0) return `${total} 项任务均未定期限。`;
  const count = (mark: DeadlineMark) => dated.filter((task) => markOf(task.status) === mark).length;
  return `${dated.length} 项任务有期限，最早 ${chartDate(dated[0]!.deadline)}，最晚 ${chartDate(dated.at(-1)!.deadline)}；截至统计日 ${chartDate(asOf)}，已过期限而未报告完成 ${count('overdue')} 项，已完成 ${count('completed')} 项，未到期 ${count('open')} 项。${undated > 0 ? `另有 ${undated} 项未定期限，不在轴上。` : ''}`;
}

export interface TimelineMark {
  task: TimelineTask & { deadline: string };
  mark: DeadlineMark;
  x: number;
  y: number;
  label: string;
}

export interface TimelineLane {
  lane: TimelineLaneModel;
  labelY: number;
  /** Baseline of the lane: marks stack upwards from it. */
  baseY: number;
  marks: TimelineMark[];
  undated: number;
}

export interface TimelineGeometry {
  size: ChartSize;
  plot: PlotArea;
  ticks: Array<{ x: number; label: string }>;
  asOf: AsOfMarker;
  lanes: TimelineLane[];
  /** Radius of a mark. */
  radius: number;
}

/**
 * Assigns stacking levels so marks closer than `gap` px on the axis do not overlap: each mark
 * takes the lowest level whose last mark is at least `gap` to its left. Input sorted by x.
 */
export function stackLevels(xs: readonly number[], gap: number): number[] {
  const lastAtLevel: number[] = [];
  return xs.map((x) => {
    let level = lastAtLevel.findIndex((last) => x - last >= gap);
    if (level === -1) level = lastAtLevel.length;
    lastAtLevel[level] = x;
    return level;
  });
}

/** Lays out the lanes at `width`. Lanes without a dated task still get their label line (saying so). */
export function timelineGeometry(lanes: readonly TimelineLaneModel[], asOf: string, width: number): TimelineGeometry {
  const radius = 6;
  const levelHeight = 15;
  const narrow = width < 480;
  const plotLeft = narrow ? 14 : 20;
  const plotRight = width - (narrow ? 14 : 20);
  const dates = lanes.flatMap((lane) => lane.tasks.flatMap((task) => (task.deadline ? [task.deadline] : [])));
  const domain = timeDomain(dates, asOf);
  const { scale: x, ticks } = timeAxis(domain.domain, [plotLeft, plotRight]);

  let y = 26;
  const laid = lanes.map((lane): TimelineLane => {
    const dated = lane.tasks
      .filter((task): task is TimelineTask & { deadline: string } => task.deadline !== undefined)
      .sort((a, b) => compareIsoDates(a.deadline, b.deadline) || compareIds(a.id, b.id));
    const xs = dated.map((task) => x(dayOf(task.deadline)));
    const levels = stackLevels(xs, radius * 2 + 2);
    const height = dated.length === 0 ? 6 : (Math.max(...levels) + 1) * levelHeight;
    const labelY = y + 12;
    const baseY = labelY + 8 + height;
    const marks = dated.map((task, index): TimelineMark => ({
      task,
      mark: markOf(task.status),
      x: round(xs[index]!),
      y: round(baseY - (levels[index]! + 0.5) * levelHeight),
      label: deadlineLabel(task),
    }));
    y = baseY + 10;
    return { lane, labelY, baseY, marks, undated: lane.tasks.length - dated.length };
  });
  const bottom = y;
  return {
    size: { width, height: bottom + 26 },
    plot: { left: plotLeft, right: plotRight, top: 20, bottom },
    ticks: ticks.map((tick) => ({ x: round(tick.x), label: tick.label })),
    asOf: asOfMarker(domain.asOf, x(dayOf(asOf)), asOf, plotLeft, plotRight),
    lanes: laid,
    radius,
  };
}
