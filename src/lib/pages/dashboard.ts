import type { TargetRow } from '../data/tables.ts';
import type { RegionalModel } from '../charts/regional.ts';
import type { StatusRowModel } from '../charts/status-bars.ts';
import type { TimelineLaneModel } from '../charts/timeline.ts';
import type { TrajectoryModel } from '../charts/trajectory.ts';
import { yearOf } from '../format.ts';
import type { SitePaths } from '../paths.ts';
import { noticeTargetCharts, statusRowsByNotice, timelineLane } from './charts.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { taskViews } from './task-views.ts';
import { taskListPathOf } from './task-list.ts';
import { siteIndex } from './site-index.ts';
import { latestReports, statusNote, type StatusNote } from './report-summary.ts';
import { describeLatestReport, type TargetReportEntry } from '../tasks/report-note.ts';

/** A chart of one target, with the notice it belongs to. */
export interface DashboardTarget<Model> {
  notice: { id: string; docNumber: string };
  target: TargetRow;
  model: Model;
}

/** A trajectory with the line under it on the latest report, which the page script says again for another date. */
export interface DashboardTrajectory extends DashboardTarget<TrajectoryModel> {
  latest: {
    /** Every reported value of the target, every date (latestReports). */
    reports: TargetReportEntry[];
    /** The latest report on or before the 统计日 (describeLatestReport). */
    text: string;
  };
}

/**
 * How many notices, the most recently issued, have their own rows, lanes and target charts on the
 * dashboard. The others are listed with a link to their own page, which draws them, so that the
 * dashboard stays an overview a phone can load: every chart of a thousand notices would be tens of megabytes.
 * The site-wide figures (the 全部文件 status row, the counts) always cover every notice.
 */
export const DASHBOARD_NOTICES_WITH_CHARTS = 10;

/** The dashboard: site-wide task charts and the target charts of the latest notices, notices oldest first. */
export interface DashboardData {
  asOf: string;
  /** What the site holds as reports on every task and target. */
  note: StatusNote;
  noticeCount: number;
  taskCount: number;
  /** All tasks, then one row per notice with charts here. */
  status: StatusRowModel[];
  /** One lane per notice with charts here. */
  timeline: TimelineLaneModel[];
  trajectories: DashboardTrajectory[];
  regional: Array<DashboardTarget<RegionalModel>>;
  /** Targets with nothing to draw: no deadline, no milestone and no report. */
  undrawn: Array<{ notice: { id: string; docNumber: string }; target: TargetRow }>;
  /** Top-level targets of every notice, drawn here or not. */
  targetCount: number;
  /**
   * Older notices whose charts are only on their own page, with their number of top-level targets:
   * every one while there are at most {@link DASHBOARD_LISTED_OLDER}, else none (see `olderByYear`).
   */
  chartedElsewhere: Array<{ notice: { id: string; docNumber: string }; targets: number }>;
  /** How many older notices there are. */
  olderCount: number;
  /** The older notices by year issued, newest year first, with how many of them have targets. */
  olderByYear: Array<{ year: number; notices: number; withTargets: number }>;
}

/**
 * The most older notices the dashboard names one by one; past it, it counts them by year and links the
 * year's notice list (a whole archive's names made the dashboard 1.2 MB at 10,000 notices).
 */
export const DASHBOARD_LISTED_OLDER = 100;

/** @param noticesWithCharts how many of the most recently issued notices get their rows, lanes and target charts here */
export function buildDashboard(site: SiteData, paths: SitePaths, noticesWithCharts = DASHBOARD_NOTICES_WITH_CHARTS): DashboardData {
  const notices: NoticeListItem[] = [...site.notices].sort((a, b) => a.frontmatter.issued.localeCompare(b.frontmatter.issued) || a.id.localeCompare(b.id));
  const tasks = taskViews(site);
  const index = siteIndex(site);
  const trajectories: DashboardData['trajectories'] = [];
  const regional: DashboardData['regional'] = [];
  const undrawn: DashboardData['undrawn'] = [];
  const chartedElsewhere: DashboardData['chartedElsewhere'] = [];
  let targetCount = 0;
  const issuedOf = new Map(notices.map((notice) => [notice.id, notice.frontmatter.issued]));
  const chartedNotices = notices.slice(Math.max(0, notices.length - noticesWithCharts));
  const charted = new Set(chartedNotices.map((notice) => notice.id));
  for (const notice of notices) {
    const ref = { id: notice.id, docNumber: notice.frontmatter.docNumber };
    const targets = (index.targetsByNotice.get(notice.id) ?? []).filter((candidate) => candidate.parent === undefined);
    targetCount += targets.length;
    if (!charted.has(notice.id)) {
      chartedElsewhere.push({ notice: ref, targets: targets.length });
      continue;
    }
    const charts = noticeTargetCharts(site, notice);
    for (const target of targets) {
      const { trajectory, regional: comparisons = [] } = charts[target.id] ?? {};
      if (trajectory) trajectories.push({ notice: ref, target, model: trajectory, latest: latestOf(site, target.id) });
      else undrawn.push({ notice: ref, target });
      for (const model of comparisons) regional.push({ notice: ref, target, model });
    }
  }
  return {
    asOf: site.asOf,
    note: statusNote(site),
    noticeCount: notices.length,
    taskCount: tasks.length,
    status: statusRowsByNotice(chartedNotices, tasks, paths, taskListPathOf(site, paths)),
    timeline: chartedNotices.map((notice) => timelineLane(notice.id, notice.frontmatter.docNumber, index.tasksByNotice.get(notice.id) ?? [], paths)),
    trajectories,
    regional,
    undrawn,
    targetCount,
    chartedElsewhere: chartedElsewhere.length <= DASHBOARD_LISTED_OLDER ? chartedElsewhere : [],
    olderCount: chartedElsewhere.length,
    olderByYear: [...Map.groupBy(chartedElsewhere, ({ notice }) => yearOf(issuedOf.get(notice.id) ?? ''))]
      .map(([year, older]) => ({ year, notices: older.length, withTargets: older.filter((entry) => entry.targets > 0).length }))
      .sort((a, b) => b.year - a.year),
  };
}

function latestOf(site: SiteData, targetId: string): DashboardTrajectory['latest'] {
  const reports = latestReports(site, targetId);
  return { reports, text: describeLatestReport(reports, site.asOf) };
}
