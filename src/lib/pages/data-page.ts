import { datasetFieldOfTable } from '../data/dataset.ts';
import { allTables, type TableSpec } from '../data/tables.ts';
import type { ColumnSpec } from '../data/columns.ts';
import type { SiteData } from './site-data.ts';
import { lastChanged, type ContentChange } from '../project/git-history.ts';

/** Rows of a table from the site data, by table name. */
export function rowsOfTable(site: SiteData, table: TableSpec): ReadonlyArray<Record<string, unknown>> {
  const field = datasetFieldOfTable[table.name as keyof typeof datasetFieldOfTable];
  return site[field] as ReadonlyArray<Record<string, unknown>>;
}

/** A column as the data page describes it. */
export interface ColumnView {
  /** The header (machine name), e.g. `deadline`. */
  name: string;
  /** Its Chinese name (columnLabel). */
  label: string;
  description: string;
  /** `日期`, or `选项：有效 / 失效 / 废止` for an enum. */
  type: string;
  required: boolean;
}

/** A dataset as the data page lists it. */
export interface DatasetView {
  table: TableSpec;
  columns: ColumnView[];
  rowCount: number;
  /**
   * Source files in the repository, e.g. data/tasks/anze-2022-50.csv, by name while there are at most
   * {@link LISTED_SOURCE_FILES} of them; else none (`fileCount` says how many).
   */
  files: string[];
  /** How many source files the rows come from. */
  fileCount: number;
  /** Their folder, `data/<table>/`. */
  folder: string;
  /** The newest change to the table's folder, from git. */
  updated?: ContentChange | undefined;
}

/**
 * The most source files the data page names one by one for a table. An archive has one file per
 * notice in most tables: named one by one, 10,000 notices' files made the page 1.9 MB.
 */
export const LISTED_SOURCE_FILES = 20;

/** Every table with its columns, its row count and the files its rows come from. */
export function buildDataPage(site: SiteData): DatasetView[] {
  return allTables.map((table) => {
    const rows = rowsOfTable(site, table) as ReadonlyArray<{ location?: { file: string } }>;
    const files = [...new Set(rows.map((row) => row.location?.file ?? ''))].filter(Boolean).sort();
    return {
      table,
      columns: table.columns.map(columnView),
      rowCount: rows.length,
      files: files.length <= LISTED_SOURCE_FILES ? files : [],
      fileCount: files.length,
      folder: `data/${table.name}/`,
      updated: lastChanged(site.history, `data/${table.name}`),
    };
  });
}

const TYPE_NAMES = { text: '文本', id: '编号', date: '日期', number: '数字', integer: '整数', boolean: '是/否', enum: '选项', list: '列表（、分隔）' } as const;

function columnView(column: ColumnSpec): ColumnView {
  return {
    name: column.name,
    label: columnLabel(column),
    description: column.description,
    type: `${TYPE_NAMES[column.type]}${column.values ? `：${column.values.join(' / ')}` : ''}`,
    required: column.required,
  };
}

// Columns whose description does not start with a name (it starts with the values the column takes, or
// with an explanation); and a name for a description that starts with a symbol (`% 表示…`).
const COLUMN_LABELS: Readonly<Record<string, string>> = {
  comparison: '比较方式',
  cumulative: '是否累计',
  formula: '公式',
  state: '进展状态',
  source: '出处',
  order: '顺序',
  kind: '类别',
};
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
