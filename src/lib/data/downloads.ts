import { gzipSync } from 'node:zlib';
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
 * One downloadable file of the site (CSV, gzip-compressed JSON, or the data package descriptor).
 * `path` is relative to the site root, without the base path, e.g. `data/tasks/anze-2022-50.csv`.
 * `content` makes the file on demand, so that the dev server can serve one file without making all of them.
 */
export interface Download {
  path: string;
  contentType: 'text/csv; charset=utf-8' | 'application/json' | 'application/gzip';
  content: () => string | Uint8Array;
}

type Columns = readonly Pick<ColumnSpec, 'name'>[];
type Rows = () => { columns: Columns; rows: ReadonlyArray<Record<string, unknown>> };

const csvFile = (path: string, table: Rows): Download => ({
  path,
  contentType: 'text/csv; charset=utf-8',
  content: () => {
    const { columns, rows } = table();
    return toCsv(columns, rows);
  },
});

// gzip: JSON is for programs, which read gzip as easily, and a whole table's JSON, its keys repeated
// on every row, is 7–8 times its compressed size (the JSON was 30 of 258 MB of a 1,000-notice site).
const jsonGzipFile = (path: string, table: Rows): Download => ({
  path,
  contentType: 'application/gzip',
  content: () => {
    const { columns, rows } = table();
    return gzipSync(JSON.stringify(toJsonRows(columns, rows)));
  },
});

/**
 * The one JSON form of a table: the whole table, every notice, gzip-compressed,
 * `data/<table>.json.gz` (beside `data/<table>.csv`). Pages that offer a CSV of part of a table, or of
 * a list made from one, link it for programs.
 */
export const wholeTableJson = (table: Pick<TableSpec, 'name'>): string => `data/${table.name}.json.gz`;

const PEOPLE_COLUMNS = [
  { name: 'name' }, { name: 'jurisdiction' }, { name: 'group' }, { name: 'group_name' }, { name: 'notice' }, { name: 'doc_number' }, { name: 'role' }, { name: 'position' },
] as const;

const taskList = (site: SiteData, tasks: readonly TaskView[]) => ({ columns: TASK_LIST_COLUMNS, rows: taskListRows(sortByDeadline(tasks), site.asOf) });

/** The download files of one notice, as its pages link them (every path here is a file of the site). */
export interface NoticeFiles {
  /**
   * One CSV per table that has rows for the notice, `data/<table>/<notice>.csv`, in table order, with
   * the table's whole JSON (`json`, every notice: there is no JSON of one notice).
   */
  tables: Array<{ table: TableSpec; path: string; rowCount: number; json: string }>;
  /** The responsibility matrix as CSV, `notices/<notice>/responsibilities.csv`, if the notice has tasks. */
  responsibilities?: string;
}

/** The CSV of `table`'s rows of `noticeId`, if there is one (a table without rows for the notice has no file). */
export function noticeTableCsv(files: NoticeFiles, table: string): string | undefined {
  return files.tables.find((entry) => entry.table.name === table)?.path;
}

/**
 * Which download files a notice has: per table a CSV, only where the table has rows for the notice
 * (about half of the per-notice tables have none), and the matrix's CSV where it has tasks. CSV only:
 * a program reads a table's JSON whole ({@link wholeTableJson}).
 */
export function noticeFiles(site: SiteData, noticeId: string): NoticeFiles {
  const tables = perNoticeTables
    .map((table) => ({ table, path: `data/${table.name}/${noticeId}.csv`, rowCount: rowsOfNotice(site, table, noticeId).length, json: wholeTableJson(table) }))
    .filter((entry) => entry.rowCount > 0);
  const hasTasks = tables.some((entry) => entry.table.name === 'tasks');
  return { tables, ...(hasTasks ? { responsibilities: `notices/${noticeId}/responsibilities.csv` } : {}) };
}

/** The files of one notice (see {@link noticeFiles}). */
function noticeDownloads(site: SiteData, noticeId: string): Download[] {
  const files = noticeFiles(site, noticeId);
  return [
    ...files.tables.map(({ table, path }) => csvFile(path, () => ({ columns: table.columns, rows: rowsOfNotice(site, table, noticeId) }))),
    ...(files.responsibilities ? [csvFile(files.responsibilities, () => matrixTable(site, noticeId))] : []),
  ];
}

/**
 * Every download of the site: each table whole, as CSV and as gzip JSON (the one JSON form of its rows),
 * the data package descriptor, each notice's CSVs ({@link noticeFiles}), and as CSV the task list,
 * the tasks of each unit that has any and the people index. No file without rows but the whole tables.
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
    ...allTables.flatMap((table) => {
      const rows = () => ({ columns: table.columns, rows: rowsOfTable(site, table) });
      return [csvFile(`data/${table.name}.csv`, rows), jsonGzipFile(wholeTableJson(table), rows)];
    }),
    { path: 'data/datapackage.json', contentType: 'application/json', content: () => JSON.stringify(dataPackage(allTables, (table) => `${table.name}.csv`)) },
    ...site.notices.flatMap((notice) => noticeDownloads(site, notice.id)),
    csvFile('tasks/tasks.csv', () => taskList(site, tasks)),
    ...unitTasks.map(([unit, unitTaskList]) => csvFile(`units/${unit}/tasks.csv`, () => taskList(site, unitTaskList))),
    csvFile('people/people.csv', () => ({
      columns: PEOPLE_COLUMNS,
      rows: peopleIndex(site).flatMap((person) =>
        person.appointments.map((entry) => ({ name: person.name, jurisdiction: person.jurisdiction, group: entry.groupId, group_name: entry.groupName, notice: entry.noticeId, doc_number: entry.docNumber, role: entry.role, position: entry.position }))),
    })),
  ];
}

/**
 * Every download of a project read by loadProject (src/lib/project/load-project.ts), with task
 * statuses as of `asOf`. Downloads show no change dates, so they need no git history.
 */
export function datasetDownloads(dataset: Dataset, asOf: string): Download[] {
  return siteDownloads(siteDataOf(dataset, { asOf, history: [] }));
}
