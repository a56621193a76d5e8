import { yearOf } from '../format.ts';
import { TASK_STATUSES } from '../tasks/status.ts';
import { compareZh } from '../text/order.ts';
import { sortOldestFirst } from './notice-list.ts';
import { needsSplit, partRows, splitIntoParts } from './paging.ts';
import { siteIndex } from './site-index.ts';
import type { SitePaths } from '../paths.ts';
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

/** One part of a split task list (src/pages/tasks/part/[part].astro): the tasks of consecutive notices, oldest notices first. */
export interface TaskListPart {
  number: number;
  /** The part's tasks, by deadline (sortByDeadline). */
  tasks: TaskView[];
  /** The part's notices, oldest first. */
  notices: Array<{ id: string; docNumber: string; issued: string }>;
  /** Tasks per status, in the order of TASK_STATUSES. */
  statusCounts: number[];
  filters: TaskFilterOptions;
  note: StatusNote;
}

/** The tasks of the notices of one issue year, for the overview of a split list. */
export interface TaskListYear {
  year: number;
  taskCount: number;
  statusCounts: number[];
  /** Numbers of the parts that hold the year's tasks. */
  parts: number[];
}

/**
 * The task list as pages: `parts` is empty when every task fits in one page (`budget` rows; then
 * /tasks/ is the whole table), else the parts, the overview by year and which part holds a notice.
 */
export interface TaskListPages {
  list: TaskListData;
  parts: TaskListPart[];
  years: TaskListYear[];
  partOfNotice: ReadonlyMap<string, number>;
  statusCounts: number[];
}

const cachedPages = new WeakMap<SiteData, Map<number, TaskListPages>>();

export function buildTaskListPages(site: SiteData, budget = partRows()): TaskListPages {
  const bySite = cachedPages.get(site) ?? new Map<number, TaskListPages>();
  cachedPages.set(site, bySite);
  const cached = bySite.get(budget) ?? taskListPages(site, budget);
  bySite.set(budget, cached);
  return cached;
}

/**
 * Where the tasks of a notice are in the task list: /tasks/ when it is one page, else the part
 * that holds the notice (for the status links of the dashboard and the notice pages).
 */
export function taskListPathOf(site: SiteData, paths: SitePaths, budget = partRows()): (noticeId?: string) => string {
  const { partOfNotice } = buildTaskListPages(site, budget);
  return (noticeId) => paths.tasks(noticeId === undefined ? undefined : partOfNotice.get(noticeId));
}

function taskListPages(site: SiteData, budget: number): TaskListPages {
  const list = buildTaskList(site);
  const statusCounts = countStatuses(list.tasks);
  if (!needsSplit(list.tasks.length, budget)) return { list, parts: [], years: [], partOfNotice: new Map(), statusCounts };
  const { tasksByNotice } = siteIndex(site);
  const oldestFirst = sortOldestFirst(site.notices).filter((notice) => (tasksByNotice.get(notice.id)?.length ?? 0) > 0);
  const rows = oldestFirst.flatMap((notice) => (tasksByNotice.get(notice.id) ?? []).map((task) => ({ notice, task })));
  const partOfNotice = new Map<string, number>();
  const parts = splitIntoParts(rows, budget, (row) => row.notice.id).map((part): TaskListPart => {
    const tasks = sortByDeadline(part.items.map((row) => row.task));
    const notices = [...new Map(part.items.map((row) => [row.notice.id, row.notice])).values()];
    for (const notice of notices) partOfNotice.set(notice.id, part.number);
    return {
      number: part.number,
      tasks,
      notices: notices.map((notice) => ({ id: notice.id, docNumber: notice.frontmatter.docNumber, issued: notice.frontmatter.issued })),
      statusCounts: countStatuses(tasks),
      filters: taskFilterOptions({ ...site, notices }, tasks),
      note: statusNote(site, { tasks: tasks.map((task) => task.id) }),
    };
  });
  const byYear = Map.groupBy(rows, (row) => yearOf(row.notice.frontmatter.issued));
  const years = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, entries]) => ({
      year,
      taskCount: entries.length,
      statusCounts: countStatuses(entries.map((entry) => entry.task)),
      parts: [...new Set(entries.map((entry) => partOfNotice.get(entry.notice.id)!))],
    }));
  return { list, parts, years, partOfNotice, statusCounts };
}

/** Tasks per status, in the order of TASK_STATUSES. */
export function countStatuses(tasks: readonly TaskView[]): number[] {
  return TASK_STATUSES.map((status) => tasks.filter((task) => task.status === status).length);
}
