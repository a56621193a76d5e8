import type { TargetRow } from '../data/tables.ts';
import type { RegionalModel } from '../charts/regional.ts';
import type { StatusRowModel } from '../charts/status.ts';
import type { TimelineLaneModel } from '../charts/timeline.ts';
import type { TrajectoryModel } from '../charts/trajectory.ts';
import type { SitePaths } from '../paths.ts';
import { noticeTargetCharts, statusRowsByNotice, timelineLane } from './charts.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { taskViews } from './task-views.ts';
import { siteIndex } from './site-index.ts';

/** A chart of one target, with the notice it belongs to. */
export interface DashboardTarget<Model> {
  notice: { id: string; docNumber: string };
  target: TargetRow;
  model: Model;
}

/** The dashboard: site-wide task charts and every target's charts, notices oldest first. */
export interface DashboardData {
  asOf: string;
  noticeCount: number;
  taskCount: number;
  /** All tasks, then one row per notice. */
  status: StatusRowModel[];
  /** One lane per notice. */
  timeline: TimelineLaneModel[];
  trajectories: Array<DashboardTarget<TrajectoryModel>>;
  regional: Array<DashboardTarget<RegionalModel>>;
  /** Targets with nothing to draw: no deadline, no milestone and no report. */
  undrawn: Array<{ notice: { id: string; docNumber: string }; target: TargetRow }>;
}

export function buildDashboard(site: SiteData, paths: SitePaths): DashboardData {
  const notices: NoticeListItem[] = [...site.notices].sort((a, b) => a.frontmatter.issued.localeCompare(b.frontmatter.issued) || a.id.localeCompare(b.id));
  const tasks = taskViews(site);
  const index = siteIndex(site);
  const trajectories: DashboardData['trajectories'] = [];
  const regional: DashboardData['regional'] = [];
  const undrawn: DashboardData['undrawn'] = [];
  for (const notice of notices) {
    const ref = { id: notice.id, docNumber: notice.frontmatter.docNumber };
    const charts = noticeTargetCharts(site, notice);
    for (const target of (index.targetsByNotice.get(notice.id) ?? []).filter((candidate) => candidate.parent === undefined)) {
      const { trajectory, regional: comparisons = [] } = charts[target.id] ?? {};
      if (trajectory) trajectories.push({ notice: ref, target, model: trajectory });
      else undrawn.push({ notice: ref, target });
      for (const model of comparisons) regional.push({ notice: ref, target, model });
    }
  }
  return {
    asOf: site.asOf,
    noticeCount: notices.length,
    taskCount: tasks.length,
    status: statusRowsByNotice(notices, tasks, paths),
    timeline: notices.map((notice) => timelineLane(notice.id, notice.frontmatter.docNumber, index.tasksByNotice.get(notice.id) ?? [], paths)),
    trajectories,
    regional,
    undrawn,
  };
}
