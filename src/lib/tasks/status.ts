/**
 * Task status, computed from the deadline and the reports staff record — never typed by hand.
 * All dates are ISO calendar dates (YYYY-MM-DD) and compare as strings; no time zone is involved.
 */

/**
 * The statuses, in the order the site lists them. They are named by what the site knows — whether
 * it holds a report — and never as a verdict on the work: "no report here" is not "not started".
 */
export const TASK_STATUSES = ['已完成', '进行中', '暂无进展报告', '已过期限，尚未报告完成', '已过期限，暂无进展报告'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** English keys for URLs and CSS classes. */
export const STATUS_KEYS: Record<TaskStatus, string> = {
  已完成: 'completed',
  进行中: 'in-progress',
  暂无进展报告: 'no-report',
  '已过期限，尚未报告完成': 'past-deadline',
  '已过期限，暂无进展报告': 'past-deadline-no-report',
};

/**
 * A symbol for each status, the same on badges and chart segments, so a status never depends on
 * colour alone.
 */
export const STATUS_SYMBOLS: Record<TaskStatus, string> = {
  已完成: '✓',
  进行中: '◐',
  暂无进展报告: '○',
  '已过期限，尚未报告完成': '◐!',
  '已过期限，暂无进展报告': '○!',
};

/** Other status keys that shared links carry (`?status=overdue-unreported`), mapped to the current ones so those links keep working. */
export const LEGACY_STATUS_KEYS: Readonly<Record<string, string>> = {
  'not-started': 'no-report',
  overdue: 'past-deadline',
  'overdue-unreported': 'past-deadline-no-report',
};

/** A report on a task: what was reported, as of when. */
export interface TaskReport {
  as_of: string;
  state: '已完成' | '进行中';
}

/** The rule as the pages print it, so readers can check every status. */
export const STATUS_RULE = [
  '已完成：截至统计日，本站收录的报告说明该任务已完成。',
  '进行中：期限未到（或未定期限），本站收录了进展报告，但没有报告说明已完成。',
  '暂无进展报告：期限未到（或未定期限），本站没有收录这项任务的任何进展报告。这不说明工作没有开展。',
  '已过期限，尚未报告完成：期限已过，本站收录了进展报告，但没有报告说明已完成。',
  '已过期限，暂无进展报告：期限已过，本站没有收录这项任务的任何进展报告。这不说明工作没有完成。',
] as const;

/**
 * Status of a task on `asOf`. Reports dated after `asOf` are ignored, so a build for a past
 * date shows what was known then. A task due on `asOf` itself is not yet overdue.
 */
export function taskStatus(deadline: string | undefined, reports: readonly TaskReport[], asOf: string): TaskStatus {
  const known = reports.filter((report) => report.as_of <= asOf);
  if (known.some((report) => report.state === '已完成')) return '已完成';
  const overdue = deadline !== undefined && deadline < asOf;
  if (overdue) return known.length > 0 ? '已过期限，尚未报告完成' : '已过期限，暂无进展报告';
  return known.length > 0 ? '进行中' : '暂无进展报告';
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
