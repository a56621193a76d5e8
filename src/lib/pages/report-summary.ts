import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';
import { describeReports, encodeReportEntries, summarizeReports, type ReportEntry, type TargetReportEntry } from '../tasks/report-note.ts';

/** Which reports to count: those on the tasks and targets of these notices, or of these tasks only; everything when omitted. */
export interface ReportScope {
  notices?: readonly string[];
  tasks?: readonly string[];
}

/** Every report on the scope's tasks and targets, whatever its date, in file order (tasks first). */
export function reportEntries(site: SiteData, scope: ReportScope = {}): ReportEntry[] {
  const index = siteIndex(site);
  const taskIds = scope.tasks
    ? new Set(scope.tasks)
    : scope.notices
      ? new Set(scope.notices.flatMap((notice) => (index.tasksByNotice.get(notice) ?? []).map((task) => task.id)))
      : undefined;
  const targetIds = scope.tasks
    ? new Set<string>()
    : scope.notices
      ? new Set(scope.notices.flatMap((notice) => (index.targetsByNotice.get(notice) ?? []).map((target) => target.id)))
      : undefined;
  const sourceOf = (source: string) => index.noticeById.get(source)?.frontmatter.docNumber ?? source;
  return [
    ...site.taskUpdates
      .filter((row) => taskIds === undefined || taskIds.has(row.task))
      .map((row): ReportEntry => ({ as_of: row.as_of, kind: 'task', source: sourceOf(row.source) })),
    ...site.progress
      .filter((row) => targetIds === undefined || targetIds.has(row.target))
      .map((row): ReportEntry => ({ as_of: row.as_of, kind: 'target', source: sourceOf(row.source) })),
  ];
}

/** How the site's 统计日 was set. */
function asOfKindOf(site: SiteData): 'build' | 'pinned' {
  return site.asOfPinned ? 'pinned' : 'build';
}

/**
 * What a page with statuses says of them (src/components/tasks/StatusRule.astro): the sentence on the
 * reports held as of the 统计日, and every report of the scope, encoded, so that the page script can
 * say it again for a date the reader picks.
 */
export interface StatusNote {
  asOf: string;
  asOfKind: 'build' | 'pinned';
  /** The sentence (describeReports) for the reports of the scope dated on or before `asOf`. */
  text: string;
  /** The reports of the scope, every date (encodeReportEntries). */
  sources: string;
  entries: string;
  /** Whether the scope's statuses come with targets (false on a unit page: tasks only). */
  withTargets: boolean;
}

export function statusNote(site: SiteData, scope: ReportScope = {}, withTargets = true): StatusNote {
  const reports = reportEntries(site, scope);
  const asOfKind = asOfKindOf(site);
  return {
    asOf: site.asOf,
    asOfKind,
    text: describeReports(summarizeReports(reports, site.asOf), site.asOf, asOfKind, withTargets),
    ...encodeReportEntries(reports),
    withTargets,
  };
}

/** Every reported value of a target, every date, compact for a page attribute (describeLatestReport). */
export function latestReports(site: SiteData, targetId: string): TargetReportEntry[] {
  const index = siteIndex(site);
  return (index.progressByTarget.get(targetId) ?? []).map((row): TargetReportEntry => [
    row.as_of,
    row.value,
    row.unit,
    index.noticeById.get(row.source)?.frontmatter.docNumber ?? row.source,
  ]);
}
