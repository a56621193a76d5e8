import { dataPackage, toCsv, toJsonRows } from './export.ts';
import type { ColumnSpec } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { allTables, type TableSpec } from './tables.ts';
import { rowsOfTable } from '../pages/data-page.ts';
import { matrixTable, perNoticeTables, rowsOfNotice, TASK_LIST_COLUMNS, taskListRows } from '../pages/download-tables.ts';
import { siteDataOf, type SiteData } from '../pages/site-data.ts';
import { peopleIndex } from '../pages/people-page.ts';
import { sortByDeadline, taskViews, type TaskView } from '../pages/task-views.ts';

/**
 * One downloadable file of the site (CSV or JSON). `path` is relative to the site root, without the
 * base path, e.g. `data/tasks/anze-2022-50.csv`. `content` makes the file on demand, so that the
 * dev server can serve one file without making all of them.
 */
export interface Download {
  path: string;
  contentType: 'text/csv; charset=utf-8' | 'application/json';
  content: () => string;
}

type Columns = readonly Pick<ColumnSpec, 'name'>[];

/** A CSV file and its JSON twin (same rows, same columns), at `stem`.csv and `stem`.json. */
function tablePair(stem: string, table: () => { columns: Columns; rows: ReadonlyArray<Record<string, unknown>> }): Download[] {
  return [
    { path: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', content: () => { const { columns, rows } = table(); return toCsv(columns, rows); } },
    { path: `${stem}.json`, contentType: 'application/json', content: () => { const { columns, rows } = table(); return JSON.stringify(toJsonRows(columns, rows)); } },
  ];
}

const PEOPLE_COLUMNS = [
  { name: 'name' }, { name: 'jurisdiction' }, { name: 'group' }, { name: 'group_name' }, { name: 'notice' }, { name: 'doc_number' }, { name: 'role' }, { name: 'position' },
] as const;

const taskList = (site: SiteData, tasks: readonly TaskView[]) => ({ columns: TASK_LIST_COLUMNS, rows: taskListRows(sortByDeadline(tasks), site.asOf) });

/** The download files of one notice, as its pages link them (every path here is a file of the site). */
export interface NoticeFiles {
  /** One CSV per table that has rows for the notice, `data/<table>/<notice>.csv`, in table order. */
  tables: Array<{ table: TableSpec; path: string; rowCount: number }>;
  /** All of the notice's tables in one JSON file (rows of tables without any are `[]`), and its responsibility matrix. */
  json: string;
  /** The responsibility matrix as CSV, `notices/<notice>/responsibilities.csv`, if the notice has tasks. */
  responsibilities?: string;
}

/** The CSV of `table`'s rows of `noticeId`, if there is one (a table without rows for the notice has no file). */
export function noticeTableCsv(files: NoticeFiles, table: string): string | undefined {
  return files.tables.find((entry) => entry.table.name === table)?.path;
}

/**
 * Which download files a notice has. Per table only a CSV, and only where the table has rows for the
 * notice (about half of the per-notice tables have none); the rows of all its tables together in one
 * JSON file beside the notice page, so that a program fetches a notice's data at once.
 */
export function noticeFiles(site: SiteData, noticeId: string): NoticeFiles {
  const tables = perNoticeTables
    .map((table) => ({ table, path: `data/${table.name}/${noticeId}.csv`, rowCount: rowsOfNotice(site, table, noticeId).length }))
    .filter((entry) => entry.rowCount > 0);
  const hasTasks = tables.some((entry) => entry.table.name === 'tasks');
  return { tables, json: `notices/${noticeId}/data.json`, ...(hasTasks ? { responsibilities: `notices/${noticeId}/responsibilities.csv` } : {}) };
}

/**
 * The content of `notices/<id>/data.json`: the notice, each per-notice table's rows (declared columns
 * only, as in the whole tables' JSON) and the responsibility matrix as each task's roles by unit.
 */
export function noticeJson(site: SiteData, noticeId: string): Record<string, unknown> {
  const notice = site.notices.find((candidate) => candidate.id === noticeId);
  const matrix = matrixTable(site, noticeId);
  return {
    notice: noticeId,
    doc_number: notice?.frontmatter.docNumber ?? null,
    title: notice?.frontmatter.title ?? null,
    tables: Object.fromEntries(perNoticeTables.map((table) => [table.name, toJsonRows(table.columns, rowsOfNotice(site, table, noticeId))])),
    // The matrix's rows without its empty cells: the roles each task gives, by unit name.
    responsibilities: matrix.rows.map(({ task, clause, title, ...roles }) => ({ task, clause, title, roles: Object.fromEntries(Object.entries(roles).filter(([, role]) => role !== '')) })),
  };
}

const csvFile = (path: string, table: () => { columns: Columns; rows: ReadonlyArray<Record<string, unknown>> }): Download => ({
  path,
  contentType: 'text/csv; charset=utf-8',
  content: () => {
    const { columns, rows } = table();
    return toCsv(columns, rows);
  },
});

/** The files of one notice (see {@link noticeFiles}). */
function noticeDownloads(site: SiteData, noticeId: string): Download[] {
  const files = noticeFiles(site, noticeId);
  return [
    ...files.tables.map(({ table, path }) => csvFile(path, () => ({ columns: table.columns, rows: rowsOfNotice(site, table, noticeId) }))),
    { path: files.json, contentType: 'application/json', content: () => JSON.stringify(noticeJson(site, noticeId)) },
    ...(files.responsibilities ? [csvFile(files.responsibilities, () => matrixTable(site, noticeId))] : []),
  ];
}

/**
 * Every download of the site: each table whole (CSV and JSON), the data package descriptor, each
 * notice's files ({@link noticeFiles}), the task list, the people index and the tasks of each unit
 * that has any. No file without rows, except a notice's JSON, which every notice has.
 * Written by the project worker while Astro renders the pages (src/integrations/downloads.ts)
 * rather than as Astro endpoints, so that their several files per notice are no routes for the build to render.
 */
export function siteDownloads(site: SiteData): Download[] {
  const tasks = taskViews(site);
  const byUnit = Map.groupBy(
    tasks.flatMap((task) => task.unitIds.map((unit) => ({ unit, task }))),
    (entry) => entry.unit,
  );
  const unitTasks = site.units.flatMap((unit) => {
    const entries = byUnit.get(unit.id);
    return entries ? [[unit.id, entries.map((entry) => entry.task)] as const] : [];
  });
  return [
    ...allTables.flatMap((table) => tablePair(`data/${table.name}`, () => ({ columns: table.columns, rows: rowsOfTable(site, table) }))),
    { path: 'data/datapackage.json', contentType: 'application/json', content: () => JSON.stringify(dataPackage(allTables, (table) => `${table.name}.csv`)) },
    ...site.notices.flatMap((notice) => noticeDownloads(site, notice.id)),
    ...tablePair('tasks/tasks', () => taskList(site, tasks)),
    ...unitTasks.flatMap(([unit, unitTaskList]) => tablePair(`units/${unit}/tasks`, () => taskList(site, unitTaskList))),
    {
      path: 'people/people.csv',
      contentType: 'text/csv; charset=utf-8',
      content: () => toCsv(PEOPLE_COLUMNS, peopleIndex(site).flatMap((person) =>
        person.appointments.map((entry) => ({ name: person.name, jurisdiction: person.jurisdiction, group: entry.groupId, group_name: entry.groupName, notice: entry.noticeId, doc_number: entry.docNumber, role: entry.role, position: entry.position })))),
    },
    { path: 'people/people.json', contentType: 'application/json', content: () => JSON.stringify(peopleIndex(site)) },
  ];
}

/**
 * Every download of a project read by loadProject (src/lib/project/load-project.ts), with task
 * statuses as of `asOf`. Downloads show no change dates, so they need no git history.
 */
export function datasetDownloads(dataset: Dataset, asOf: string): Download[] {
  return siteDownloads(siteDataOf(dataset, { asOf, history: [] }));
}
