/**
 * Task status summary: counts by status as one stacked bar per row (a notice, or all tasks),
 * each segment linking to the task list filtered to that status (and notice).
 */
import { scaleLinear } from 'd3-scale';
import { STATUS_KEYS, STATUS_SYMBOLS, TASK_STATUSES, type TaskStatus } from '../tasks/status.ts';
import { percent, round, textWidth, type ChartSize } from './common.ts';
import type { StatusBasis } from '../tasks/as-of.ts';

/**
 * A symbol for each status, the same as the task list's badges, so a segment never depends on
 * colour alone (the segments also carry a pattern each; see charts.css and the component).
 */
export { STATUS_SYMBOLS } from '../tasks/status.ts';

/** The link to the task list filtered to a status and, optionally, a notice: `/tasks/?status=past-deadline&notice=x`. */
export function taskListLink(tasksPath: string, statusKey: string, noticeId?: string): string {
  const query = new URLSearchParams({ status: statusKey, ...(noticeId ? { notice: noticeId } : {}) });
  return `${tasksPath}?${query.toString()}`;
}

export interface StatusSegmentModel {
  status: TaskStatus;
  key: string;
  symbol: string;
  count: number;
  href: string;
}

export interface StatusRowModel {
  /** `all` or the notice id. */
  id: string;
  label: string;
  total: number;
  segments: StatusSegmentModel[];
  /** The row's tasks in compact form, so a page can count their statuses for another date (src/lib/tasks/as-of.ts). */
  basis?: StatusBasis | undefined;
}

/** Counts the statuses of each row's tasks. */
export function statusRows(
  rows: ReadonlyArray<{ id: string; label: string; noticeId?: string | undefined; statuses: readonly TaskStatus[]; basis?: StatusBasis | undefined }>,
  /** The task list's path, or the path of the part that holds a notice's tasks (taskListPathOf). */
  tasksPath: string | ((noticeId?: string) => string),
): StatusRowModel[] {
  const pathOf = typeof tasksPath === 'string' ? () => tasksPath : tasksPath;
  return rows.map((row) => ({
    ...(row.basis ? { basis: row.basis } : {}),
    id: row.id,
    label: row.label,
    total: row.statuses.length,
    segments: TASK_STATUSES.map((status) => ({
      status,
      key: STATUS_KEYS[status],
      symbol: STATUS_SYMBOLS[status],
      count: row.statuses.filter((candidate) => candidate === status).length,
      href: taskListLink(pathOf(row.noticeId), STATUS_KEYS[status], row.noticeId),
    })),
  }));
}

/** `共 9 项：已完成 0 项，…，已过期限，暂无进展报告 6 项（66.7%）`. */
export function describeStatusRow(row: StatusRowModel): string {
  if (row.total === 0) return `${row.label}：没有任务。`;
  const parts = row.segments.map(
    (segment) => `${segment.status} ${segment.count} 项${segment.count > 0 ? `（${percent((segment.count / row.total) * 100)}）` : ''}`,
  );
  return `${row.label}：共 ${row.total} 项，${parts.join('，')}。`;
}

export interface StatusSegment extends StatusSegmentModel {
  x: number;
  width: number;
  /** `✓ 3` inside the segment when it fits; otherwise the legend and the table carry it. */
  text?: string | undefined;
  tip: string;
}

export interface StatusRowGeometry {
  row: StatusRowModel;
  labelY: number;
  barY: number;
  segments: StatusSegment[];
}

export interface StatusGeometry {
  size: ChartSize;
  barHeight: number;
  rows: StatusRowGeometry[];
}

/** Lays out the rows at `width`: each a label line and a bar across the full width; empty statuses take no room. */
export function statusGeometry(rows: readonly StatusRowModel[], width: number): StatusGeometry {
  // Each segment is a link: 30 units stay at least 24 px tall (WCAG 2.2 target size) when a chart
  // drawn at CHART_WIDTH (320) shrinks to the 288 px column of a 320 px phone (27 px).
  const barHeight = 30;
  const rowHeight = 20 + barHeight + 12;
  const laid = rows.map((row, index): StatusRowGeometry => {
    const x = scaleLinear()
      .domain([0, row.total || 1])
      .range([0, width]);
    let offset = 0;
    const segments = row.segments
      .filter((segment) => segment.count > 0)
      .map((segment): StatusSegment => {
        const start = x(offset);
        offset += segment.count;
        const segmentWidth = x(offset) - start;
        const text = `${segment.symbol} ${segment.count}`;
        return {
          ...segment,
          x: round(start),
          width: round(segmentWidth),
          text: textWidth(text) + 8 <= segmentWidth ? text : undefined,
          tip: `${row.label}：${segment.status} ${segment.count} 项（${percent((segment.count / row.total) * 100)}），点击查看这些任务`,
        };
      });
    const top = index * rowHeight;
    return { row, labelY: top + 14, barY: top + 20, segments };
  });
  return { size: { width, height: rows.length * rowHeight }, barHeight, rows: laid };
}
