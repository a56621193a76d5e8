import { allTables, type TableSpec } from '../data/tables.ts';
import { rowsOfTable } from './data-page.ts';
import type { SiteData } from './site-data.ts';
import { ROLE_LABELS, type TaskView } from './task-views.ts';
import { noticeMatrix } from './responsibilities-page.ts';

/*
 * The rows of the downloads that are not whole tables (src/lib/data/downloads.ts): a table's rows
 * of one notice, the task list with computed statuses, and a notice's responsibility matrix.
 */

/** Tables whose rows each belong to one notice (all but the units, which belong to a jurisdiction). */
export const perNoticeTables = allTables.filter((table) => table.name !== 'units');

const rowsByNoticeCache = new WeakMap<SiteData, Map<string, Map<string, Array<Record<string, unknown>>>>>();

/** Rows of a table that belong to one notice (through the task, target or group they refer to). Indexed once per site. */
export function rowsOfNotice(site: SiteData, table: TableSpec, noticeId: string): ReadonlyArray<Record<string, unknown>> {
  let byTable = rowsByNoticeCache.get(site);
  if (!byTable) {
    byTable = new Map();
    rowsByNoticeCache.set(site, byTable);
  }
  let byNotice = byTable.get(table.name);
  if (!byNotice) {
    const noticeOf = noticeOfRow(site);
    byNotice = Map.groupBy(
      rowsOfTable(site, table).filter((row) => noticeOf(row) !== undefined),
      (row) => noticeOf(row)!,
    );
    byTable.set(table.name, byNotice);
  }
  return byNotice.get(noticeId) ?? [];
}

/** A function telling which notice a row of any table belongs to. */
function noticeOfRow(site: SiteData): (row: Record<string, unknown>) => string | undefined {
  const taskNotice = new Map(site.tasks.map((task) => [task.id, task.notice]));
  const targetNotice = new Map(site.targets.map((target) => [target.id, target.notice]));
  const groupNotice = new Map(site.groups.map((group) => [group.id, group.notice]));
  const tableNotice = new Map(site.regional.map((cell) => [cell.table, cell.notice]));
  return (row) => {
    if ('notice' in row) return row['notice'] as string;
    if ('table' in row) return tableNotice.get(row['table'] as string);
    if ('task' in row) return taskNotice.get(row['task'] as string);
    if ('target' in row) return targetNotice.get(row['target'] as string);
    if ('group' in row) return groupNotice.get(row['group'] as string);
    return undefined;
  };
}

/** Columns of a downloaded task list: the task table plus the computed status. */
export const TASK_LIST_COLUMNS = [
  { name: 'id' },
  { name: 'notice' },
  { name: 'doc_number' },
  { name: 'clause' },
  { name: 'clause_label' },
  { name: 'title' },
  { name: 'deadline' },
  { name: 'deadline_text' },
  { name: 'lead' },
  { name: 'responsible' },
  { name: 'cooperating' },
  { name: 'guiding' },
  { name: 'status' },
  { name: 'status_as_of' },
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

/** A notice's responsibility matrix as a downloadable table: a row per task, a column per unit, the role in each cell. */
export function matrixTable(site: SiteData, noticeId: string): { columns: Array<{ name: string }>; rows: Array<Record<string, unknown>> } {
  const matrix = noticeMatrix(site, noticeId);
  const columns = [{ name: 'task' }, { name: 'clause' }, { name: 'title' }, ...matrix.units.map((unit) => ({ name: unit.name }))];
  const rows = matrix.rows.map((row) => ({
    task: row.task.id,
    clause: row.task.clause.label,
    title: row.task.title,
    ...Object.fromEntries(
      matrix.units.map((unit, index) => {
        const role = row.cells[index];
        return [unit.name, role ? ROLE_LABELS[role] : ''];
      }),
    ),
  }));
  return { columns, rows };
}
