import type { MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { sortByDeadline, taskViews, type TaskView } from './task-views.ts';

/** Data of the dashboard: every task, and every whole-jurisdiction target that has a path to draw. */
export interface DashboardData {
  tasks: TaskView[];
  targets: Array<{ target: TargetRow; notice: NoticeListItem; milestones: MilestoneRow[]; progress: ProgressRow[] }>;
}

export function buildDashboard(site: SiteData): DashboardData {
  const notices = new Map(site.notices.map((notice) => [notice.id, notice]));
  const targets = site.targets
    .filter((target) => target.parent === undefined)
    .flatMap((target) => {
      const notice = notices.get(target.notice);
      const milestones = site.milestones.filter((milestone) => milestone.target === target.id);
      const progress = site.progress.filter((report) => report.target === target.id);
      return notice && (milestones.length > 0 || progress.length > 0) ? [{ target, notice, milestones, progress }] : [];
    });
  return { tasks: sortByDeadline(taskViews(site)), targets };
}
