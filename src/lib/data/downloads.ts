import { dataPackage, toCsv, toJsonRows } from './export.ts';
import type { ColumnSpec } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { allTables } from './tables.ts';
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

/**
 * Every download of the site: each table whole and per notice, the data package descriptor, the
 * task list, the people index, each notice's responsibility matrix and each unit's tasks.
 * Written by the project worker while Astro renders the pages (src/integrations/downloads.ts)
 * rather than as Astro endpoints, so that their ~18 files per notice are no routes for the build to render.
 */
export function siteDownloads(site: SiteData): Download[] {
  return [
    ...allTables.flatMap((table) => tablePair(`data/${table.name}`, () => ({ columns: table.columns, rows: rowsOfTable(site, table) }))),
    ...perNoticeTables.flatMap((table) => site.notices.flatMap((notice) => tablePair(`data/${table.name}/${notice.id}`, () => ({ columns: table.columns, rows: rowsOfNotice(site, table, notice.id) })))),
    { path: 'data/datapackage.json', contentType: 'application/json', content: () => JSON.stringify(dataPackage(allTables, (table) => `${table.name}.csv`)) },
    ...tablePair('tasks/tasks', () => taskList(site, taskViews(site))),
    ...site.notices.flatMap((notice) => tablePair(`notices/${notice.id}/responsibilities`, () => matrixTable(site, notice.id))),
    ...site.units.flatMap((unit) => tablePair(`units/${unit.id}/tasks`, () => taskList(site, taskViews(site).filter((task) => task.unitIds.includes(unit.id))))),
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
