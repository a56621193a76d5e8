/**
 * Task status, computed from the deadline and the reports staff record — never typed by hand.
 * All dates are ISO calendar dates (YYYY-MM-DD) and compare as strings; no time zone is involved.
 */

/** The statuses, in the order the site lists them. */
export const TASK_STATUSES = ['已完成', '进行中', '未开始', '逾期', '逾期未报告'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** English keys for URLs and CSS classes. */
export const STATUS_KEYS: Record<TaskStatus, string> = {
  已完成: 'completed',
  进行中: 'in-progress',
  未开始: 'not-started',
  逾期: 'overdue',
  逾期未报告: 'overdue-unreported',
};

/** A report on a task: what was reported, as of when. */
export interface TaskReport {
  as_of: string;
  state: '已完成' | '进行中';
}

/** The rule as the pages print it, so readers can check every status. */
export const STATUS_RULE = [
  '已完成：截至统计日，已有报告说明该任务完成。',
  '进行中：期限未到（或未定期限），已有进展报告但尚未完成。',
  '未开始：期限未到（或未定期限），本站尚无任何进展报告。',
  '逾期：期限已过，有进展报告但尚未报告完成。',
  '逾期未报告：期限已过，本站尚无任何进展报告。',
] as const;

/**
 * Status of a task on `asOf`. Reports dated after `asOf` are ignored, so a build for a past
 * date shows what was known then. A task due on `asOf` itself is not yet overdue.
 */
export function taskStatus(deadline: string | undefined, reports: readonly TaskReport[], asOf: string): TaskStatus {
  const known = reports.filter((report) => report.as_of <= asOf);
  if (known.some((report) => report.state === '已完成')) return '已完成';
  const overdue = deadline !== undefined && deadline < asOf;
  if (overdue) return known.length > 0 ? '逾期' : '逾期未报告';
  return known.length > 0 ? '进行中' : '未开始';
}

/** The "as of" date of a build: `SITE_AS_OF` (YYYY-MM-DD) for reproducible builds, else today in China. */
export function resolveAsOf(environmentValue: string | undefined, now: Date = new Date()): string {
  if (environmentValue !== undefined && environmentValue !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(environmentValue)) throw new Error(`SITE_AS_OF must be YYYY-MM-DD, got "${environmentValue}"`);
    return environmentValue;
  }
  // Deadlines are dates in China (UTC+8, no daylight saving).
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
