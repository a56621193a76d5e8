import { formatDateZh } from '../format.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';

/** What the site holds as reports for a set of tasks and targets, as of a date. */
export interface ReportSummary {
  /** Task progress reports (data/task-updates/) dated on or before the as-of date. */
  taskReports: number;
  /** Reported target values (data/progress/) dated on or before the as-of date. */
  targetReports: number;
  /** Who published them: the document number of a notice on the site, or the source as entered; in order of first row. */
  sources: string[];
}

/** Which reports to count: those on the tasks and targets of these notices, or of these tasks only; everything when omitted. */
export interface ReportScope {
  notices?: readonly string[];
  tasks?: readonly string[];
}

/** Counts the reports on the scope's tasks and targets dated on or before `asOf`. */
export function reportSummary(site: SiteData, asOf: string, scope: ReportScope = {}): ReportSummary {
  const index = siteIndex(site);
  const taskIds = scope.tasks ? new Set(scope.tasks)
    : scope.notices ? new Set(scope.notices.flatMap((notice) => (index.tasksByNotice.get(notice) ?? []).map((task) => task.id)))
    : undefined;
  const targetIds = scope.tasks ? new Set<string>()
    : scope.notices ? new Set(scope.notices.flatMap((notice) => (index.targetsByNotice.get(notice) ?? []).map((target) => target.id)))
    : undefined;
  const updates = site.taskUpdates.filter((row) => row.as_of <= asOf && (taskIds === undefined || taskIds.has(row.task)));
  const progress = site.progress.filter((row) => row.as_of <= asOf && (targetIds === undefined || targetIds.has(row.target)));
  const sources = [...new Set([...updates, ...progress].map((row) => index.noticeById.get(row.source)?.frontmatter.docNumber ?? row.source))];
  return { taskReports: updates.length, targetReports: progress.length, sources };
}

/** Sources named in the sentence; more are counted, not listed (they are all in the downloads). */
const SOURCES_SHOWN = 3;

/**
 * The sentence every page with statuses shows: how many reports the site holds and from whom,
 * that a status says only that, and what the 统计日 is.
 * `本站截至统计日收录任务进展报告 0 条、目标进展数字 2 条（来自安政办发〔2022〕50号）。…`
 */
export function describeReports(summary: ReportSummary, asOf: string, asOfPinned: boolean, withTargets = true): string {
  const counts = withTargets ? `任务进展报告 ${summary.taskReports} 条、目标进展数字 ${summary.targetReports} 条` : `任务进展报告 ${summary.taskReports} 条`;
  const shown = summary.sources.slice(0, SOURCES_SHOWN).join('、');
  const from = summary.sources.length === 0 ? '' : `（来自${shown}${summary.sources.length > SOURCES_SHOWN ? `等 ${summary.sources.length} 个来源` : ''}）`;
  const day = `统计日 ${formatDateZh(asOf)} ${asOfPinned ? '是生成本站时指定的日期，不一定是今天' : '是本站生成的日期'}。`;
  return `截至统计日，本站收录${counts}${from}。状态只说明本站是否收录了报告，不说明工作是否开展或完成。${day}`;
}
