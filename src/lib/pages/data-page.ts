import { datasetFieldOfTable } from '../data/dataset.ts';
import { allTables, type TableSpec } from '../data/tables.ts';
import type { SiteData } from './site-data.ts';
import { lastChanged, type ContentChange } from '../project/git-history.ts';
import { ROLE_LABELS, type TaskView } from './task-views.ts';
import { noticeMatrix } from './responsibilities-page.ts';

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
  /** The newest change to the table's folder, from git. */
  updated?: ContentChange | undefined;
}

/** Every table with its row count and the files its rows come from. */
export function buildDataPage(site: SiteData): DatasetView[] {
  return allTables.map((table) => {
    const rows = rowsOfTable(site, table) as ReadonlyArray<{ location?: { file: string } }>;
    return { table, rowCount: rows.length, files: [...new Set(rows.map((row) => row.location?.file ?? ''))].filter(Boolean).sort(), updated: lastChanged(site.history, `data/${table.name}`) };
  });
}

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
    byNotice = Map.groupBy(rowsOfTable(site, table).filter((row) => noticeOf(row) !== undefined), (row) => noticeOf(row)!);
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

/** A notice's responsibility matrix as a downloadable table: a row per task, a column per unit, the role in each cell. */
export function matrixTable(site: SiteData, noticeId: string): { columns: Array<{ name: string }>; rows: Array<Record<string, unknown>> } {
  const matrix = noticeMatrix(site, noticeId);
  const columns = [{ name: 'task' }, { name: 'clause' }, { name: 'title' }, ...matrix.units.map((unit) => ({ name: unit.name }))];
  const rows = matrix.rows.map((row) => ({
    task: row.task.id,
    clause: row.task.clause.label,
    title: row.task.title,
    ...Object.fromEntries(matrix.units.map((unit, index) => {
      const role = row.cells[index];
      return [unit.name, role ? ROLE_LABELS[role] : ''];
    })),
  }));
  return { columns, rows };
}

// Columns whose description does not start with a name (it starts with the values the column takes, or
// with an explanation); and a name for a description that starts with a symbol (`% 表示…`).
const COLUMN_LABELS: Readonly<Record<string, string>> = { comparison: '比较方式', cumulative: '是否累计', formula: '公式', state: '进展状态', source: '出处', order: '顺序', kind: '类别' };
const FALLBACK_LABELS: Readonly<Record<string, string>> = { unit: '单位' };

/**
 * The Chinese name of a column for the data page: the start of its description up to the first
 * comma, bracket or colon (`单位编号（英文小写），如 anze-zrzyj` → `单位编号`), or a fixed name where the
 * description does not start with one.
 */
export function columnLabel(column: { name: string; description: string }): string {
  const fixed = COLUMN_LABELS[column.name];
  if (fixed) return fixed;
  const derived = /^[^，（(；;,：:]+/u.exec(column.description)?.[0]?.trim() ?? '';
  if (derived === '' || /^[\x20-\x7e]/u.test(derived)) return FALLBACK_LABELS[column.name] ?? column.name;
  return derived;
}
