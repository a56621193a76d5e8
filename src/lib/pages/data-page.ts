import { datasetFieldOfTable } from '../data/dataset.ts';
import { allTables, type TableSpec } from '../data/tables.ts';
import type { SiteData } from './site-data.ts';
import type { TaskView } from './task-views.ts';

/** Rows of a table from the site data, by table name. */
export function rowsOfTable(site: SiteData, table: TableSpec): ReadonlyArray<Record<string, unknown>> {
  const field = datasetFieldOfTable[table.name as keyof typeof datasetFieldOfTable];
  return site[field] as ReadonlyArray<Record<string, unknown>>;
}

/** A dataset as the data page lists it. */
export interface DatasetView {
  table: TableSpec;
  rowCount: number;
  /** Source files in the repository, e.g. data/tasks/anze-2022-50.csv. */
  files: string[];
}

/** Every table with its row count and the files its rows come from. */
export function buildDataPage(site: SiteData): DatasetView[] {
  return allTables.map((table) => {
    const rows = rowsOfTable(site, table) as ReadonlyArray<{ location?: { file: string } }>;
    return { table, rowCount: rows.length, files: [...new Set(rows.map((row) => row.location?.file ?? ''))].filter(Boolean).sort() };
  });
}

/** Tables whose rows each belong to one notice (all but the units, which belong to a jurisdiction). */
export const perNoticeTables = allTables.filter((table) => table.name !== 'units');

/** Rows of a table that belong to one notice (through the task, target or group they refer to). */
export function rowsOfNotice(site: SiteData, table: TableSpec, noticeId: string): ReadonlyArray<Record<string, unknown>> {
  const rows = rowsOfTable(site, table);
  const noticeOf = (field: 'task' | 'target' | 'group', id: unknown): string | undefined => {
    if (field === 'task') return site.tasks.find((task) => task.id === id)?.notice;
    if (field === 'target') return site.targets.find((target) => target.id === id)?.notice;
    return site.groups.find((group) => group.id === id)?.notice;
  };
  return rows.filter((row) => {
    if ('notice' in row) return row['notice'] === noticeId;
    if ('table' in row) return site.regional.some((cell) => cell.table === row['table'] && cell.notice === noticeId);
    if ('task' in row) return noticeOf('task', row['task']) === noticeId;
    if ('target' in row) return noticeOf('target', row['target']) === noticeId;
    if ('group' in row) return noticeOf('group', row['group']) === noticeId;
    return false;
  });
}

/** Columns of a downloaded task list: the task table plus the computed status. */
export const TASK_LIST_COLUMNS = [
  { name: 'id' }, { name: 'notice' }, { name: 'doc_number' }, { name: 'clause' }, { name: 'clause_label' }, { name: 'title' },
  { name: 'deadline' }, { name: 'deadline_text' }, { name: 'lead' }, { name: 'responsible' }, { name: 'cooperating' }, { name: 'guiding' },
  { name: 'status' }, { name: 'status_as_of' },
] as const;

/** Flattens task views into rows for {@link TASK_LIST_COLUMNS}. */
export function taskListRows(tasks: readonly TaskView[], asOf: string): Array<Record<string, unknown>> {
  return tasks.map((task) => ({
    id: task.id,
    notice: task.notice.id,
    doc_number: task.notice.docNumber,
    clause: task.clause.id,
    clause_label: task.clause.label,
    title: task.title,
    deadline: task.deadline,
    deadline_text: task.deadlineText,
    ...Object.fromEntries(task.roles.map((role) => [role.role, role.units.map((unit) => unit.printed)])),
    status: task.status,
    status_as_of: asOf,
  }));
}
