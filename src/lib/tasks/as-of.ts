/**
 * What a page needs to recompute statuses for a date the reader picks, in the page, from data
 * already in it: pure functions shared by the build (to encode) and the page script (to decode).
 * Nothing here imports more than the status rule, so the page script stays small.
 */
import { TASK_STATUSES, taskStatus, type TaskReport, type TaskStatus } from './status.ts';

/** `2023-12-31`: a real calendar date in ISO form. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reports as an attribute value: `2022-09-20:进行中;2022-10-01:已完成` (empty for none). */
export function encodeTaskReports(reports: readonly TaskReport[]): string {
  return reports.map((report) => `${report.as_of}:${report.state}`).join(';');
}

export function decodeTaskReports(value: string | undefined): TaskReport[] {
  if (!value) return [];
  return value.split(';').flatMap((entry): TaskReport[] => {
    const [as_of = '', state] = entry.split(':');
    return state === '已完成' || state === '进行中' ? [{ as_of, state }] : [];
  });
}

/**
 * The statuses of many tasks in little space: tasks without reports counted by deadline ('' for
 * none), tasks with reports listed with their deadline and reports. At 1,000 notices the tasks of
 * the whole site are a few hundred distinct deadlines, not thousands of rows.
 */
export interface StatusBasis {
  /** Deadline ('' = none) → number of tasks without any report. */
  d: Record<string, number>;
  /** [deadline ('' = none), encoded reports] of each task with reports. */
  r: Array<[string, string]>;
}

export function statusBasis(tasks: ReadonlyArray<{ deadline?: string | undefined; reports: readonly TaskReport[] }>): StatusBasis {
  const basis: StatusBasis = { d: {}, r: [] };
  for (const task of tasks) {
    if (task.reports.length > 0) basis.r.push([task.deadline ?? '', encodeTaskReports(task.reports)]);
    else basis.d[task.deadline ?? ''] = (basis.d[task.deadline ?? ''] ?? 0) + 1;
  }
  return basis;
}

/** How many tasks of the basis have each status on `asOf`, in the order of the statuses. */
export function countStatuses(basis: StatusBasis, asOf: string): Record<TaskStatus, number> {
  const counts = Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as Record<TaskStatus, number>;
  for (const [deadline, count] of Object.entries(basis.d)) counts[taskStatus(deadline || undefined, [], asOf)] += count;
  for (const [deadline, reports] of basis.r) counts[taskStatus(deadline || undefined, decodeTaskReports(reports), asOf)] += 1;
  return counts;
}
