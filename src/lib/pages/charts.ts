/**
 * Chart models of the pages, built from the site's rows so that the chart components only draw:
 * a notice page's target trajectories and regional comparisons, and the lanes and rows the
 * task charts take. The dashboard (dashboard.ts) combines the same pieces site-wide.
 */
import { statusBasis, encodeTaskReports } from '../tasks/as-of.ts';
import type { TargetRow } from '../data/tables.ts';
import { regionalModel, type RegionalModel } from '../charts/regional.ts';
import { statusRows, type StatusRowModel } from '../charts/status-bars.ts';
import type { TimelineLaneModel, TimelineTask } from '../charts/timeline.ts';
import { trajectoryModel, type TrajectoryModel } from '../charts/trajectory.ts';
import type { SitePaths } from '../paths.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import type { TaskView } from './task-views.ts';
import { siteIndex } from './site-index.ts';

/** A task as the deadline timeline shows it. */
export function timelineTask(task: TaskView, paths?: SitePaths): TimelineTask {
  return {
    id: task.id,
    label: `${task.notice.docNumber} ${task.clause.label}`,
    title: task.title,
    deadline: task.deadline,
    status: task.status,
    ...(task.reports.length > 0 ? { reports: encodeTaskReports(task.reports) } : {}),
    ...(paths ? { href: paths.notice(task.notice.id, task.clause.id) } : {}),
  };
}

export function timelineLane(id: string, label: string, tasks: readonly TaskView[], paths?: SitePaths): TimelineLaneModel {
  return { id, label, tasks: tasks.map((task) => timelineTask(task, paths)) };
}

/** A notice page's task charts: one status bar (its links limited to the notice) and one deadline lane, with their titles. */
export interface NoticeTaskCharts {
  status: { title: string; rows: StatusRowModel[] };
  timeline: { title: string; lanes: TimelineLaneModel[] };
}

export function noticeTaskCharts(
  noticeId: string,
  tasks: readonly TaskView[],
  paths: SitePaths,
  tasksPathOf: (noticeId?: string) => string = () => paths.tasks(),
): NoticeTaskCharts {
  const status = '本文件任务状态';
  const timeline = '本文件任务期限';
  return {
    status: {
      title: status,
      rows: statusRows([{ id: noticeId, label: status, noticeId, statuses: tasks.map((task) => task.status), basis: statusBasis(tasks) }], tasksPathOf),
    },
    timeline: { title: timeline, lanes: [timelineLane('tasks', timeline, tasks, paths)] },
  };
}

/** Status rows: all tasks first (links filter by status only), then one row per notice. */
export function statusRowsByNotice(
  notices: readonly NoticeListItem[],
  tasks: readonly TaskView[],
  paths: SitePaths,
  tasksPathOf: (noticeId?: string) => string = () => paths.tasks(),
): StatusRowModel[] {
  const byNotice = Map.groupBy(tasks, (task) => task.notice.id);
  return statusRows(
    [
      { id: 'all', label: '全部文件', statuses: tasks.map((task) => task.status), basis: statusBasis(tasks) },
      ...notices.map((notice) => ({
        id: notice.id,
        label: notice.frontmatter.docNumber,
        noticeId: notice.id,
        statuses: (byNotice.get(notice.id) ?? []).map((task) => task.status),
        basis: statusBasis(byNotice.get(notice.id) ?? []),
      })),
    ],
    tasksPathOf,
  );
}

export interface TargetCharts {
  /**
   * Undefined unless there is a path to draw: a report, or a plan of at least two points (a milestone
   * before the deadline). A deadline alone is one point, already said in words beside the chart, and
   * a chart of it (most targets of an archive, which has reports for few) showed only "no report".
   */
  trajectory?: TrajectoryModel | undefined;
  /** For a target broken down by area: one comparison per measure (the area targets' title), in printed order. */
  regional: RegionalModel[];
}

/** Trajectory and regional models of every whole-jurisdiction target of a notice, by target id. */
export function noticeTargetCharts(site: SiteData, notice: NoticeListItem): Record<string, TargetCharts> {
  const own = siteIndex(site).targetsByNotice.get(notice.id) ?? [];
  const charts: Record<string, TargetCharts> = {};
  for (const target of own.filter((candidate) => candidate.parent === undefined))
    charts[target.id] = targetCharts(site, target, own, notice.frontmatter.issued);
  return charts;
}

function targetCharts(site: SiteData, target: TargetRow, siblings: readonly TargetRow[], issued: string): TargetCharts {
  const { milestonesByTarget, progressByTarget } = siteIndex(site);
  const progress = progressByTarget.get(target.id) ?? [];
  const model = trajectoryModel(target, milestonesByTarget.get(target.id) ?? [], progress, site.asOf, issued);
  const areas = siblings.filter((candidate) => candidate.parent === target.id);
  const areaIds = new Set(areas.map((area) => area.id));
  return {
    // Any report counts, also one after the build's date: a reader may pick a later date (src/client/as-of.ts).
    trajectory: progress.length > 0 || model.plan.length >= 2 ? model : undefined,
    // A target may be broken down by several printed tables (闲置土地: 省厅下达基数 and 内网新增), one chart each.
    regional: [...new Set(areas.map((area) => area.title))].map((measure) =>
      regionalModel(
        target,
        areas.filter((area) => area.title === measure),
        [...areaIds].flatMap((id) => progressByTarget.get(id) ?? []),
        site.asOf,
        measure,
      ),
    ),
  };
}
