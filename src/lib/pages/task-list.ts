import { compareZh } from '../text/order.ts';
import { statusNote, type StatusNote } from './report-summary.ts';
import type { SiteData } from './site-data.ts';
import { sortByDeadline, taskViews, type TaskView } from './task-views.ts';

/** The choices of the task list's filters (src/components/tasks/TaskFilters.astro): only values some task has. */
export interface TaskFilterOptions {
  /** Jurisdictions of the tasks' notices, in pinyin order. */
  regions: string[];
  /** Notices with tasks, in the site's order. */
  notices: Array<{ id: string; docNumber: string }>;
  /** Units named in the tasks, by jurisdiction, then by name (pinyin). */
  units: Array<{ id: string; name: string; jurisdiction: string }>;
}

/** The list of all tasks (src/pages/tasks/index.astro). */
export interface TaskListData {
  /** Every task, by deadline (sortByDeadline). */
  tasks: TaskView[];
  noticeCount: number;
  filters: TaskFilterOptions;
  note: StatusNote;
}

export function buildTaskList(site: SiteData): TaskListData {
  const tasks = sortByDeadline(taskViews(site));
  return { tasks, noticeCount: site.notices.length, filters: taskFilterOptions(site, tasks), note: statusNote(site) };
}

function taskFilterOptions(site: SiteData, tasks: readonly TaskView[]): TaskFilterOptions {
  const unitIds = new Set(tasks.flatMap((task) => task.unitIds));
  const noticeIds = new Set(tasks.map((task) => task.notice.id));
  return {
    regions: [...new Set(tasks.map((task) => task.notice.jurisdiction))].sort(compareZh),
    notices: site.notices.filter((notice) => noticeIds.has(notice.id)).map((notice) => ({ id: notice.id, docNumber: notice.frontmatter.docNumber })),
    units: site.units
      .filter((unit) => unitIds.has(unit.id))
      .sort((a, b) => compareZh(a.jurisdiction, b.jurisdiction) || compareZh(a.name, b.name))
      .map((unit) => ({ id: unit.id, name: unit.name, jurisdiction: unit.jurisdiction })),
  };
}
