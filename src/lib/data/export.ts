import type { ColumnSpec } from './columns.ts';
import { LIST_SEPARATOR } from './columns.ts';
import type { TableSpec } from './tables.ts';

/** Byte-order mark: lets Excel open UTF-8 CSV with Chinese text correctly. */
export const UTF8_BOM = '\uFEFF';

/**
 * One cell for a downloaded CSV: a value starting with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with `'` so a spreadsheet shows it as text instead of running it as a
 * formula (CSV injection); cells with a comma, quote or line break are quoted.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  if (/^[=+\-@\t\r]/u.test(text) && !/^-?\d+(\.\d+)?$/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A whole table as CSV (BOM, header, CRLF line ends as Excel writes them). */
export function toCsv(columns: readonly Pick<ColumnSpec, 'name'>[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map((column) => csvCell(column.name)).join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column.name])).join(','))];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** Rows for JSON download: only the declared columns, in order (no build-internal fields). */
export function toJsonRows(columns: readonly Pick<ColumnSpec, 'name'>[], rows: readonly Record<string, unknown>[]): Array<Record<string, unknown>> {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, row[column.name] ?? null])));
}

const FRICTIONLESS_TYPES = { text: 'string', id: 'string', date: 'date', number: 'number', integer: 'integer', boolean: 'boolean', enum: 'string', list: 'string' } as const;

/** Frictionless Data Package descriptor (Table Schema per table) for the downloadable CSVs. */
export function dataPackage(tables: readonly TableSpec[], pathOf: (table: TableSpec) => string) {
  return {
    profile: 'tabular-data-package',
    name: 'policy-transparency-data',
    title: '政策文件任务、目标与进展数据',
    description:
      '下列资源为各表的完整数据（全部文件），每张表另有同样行和列的 JSON，以 gzip 压缩：data/<表名>.json.gz（JSON 只有这一种）。另有按文件拆分的 CSV：data/<表名>/<文件编号>.csv（只在该文件在该表中有数据时提供，列与完整表相同）；notices/<文件编号>/responsibilities.csv（该文件的责任分工矩阵，有任务的文件才有）。',
    licenses: [{ name: 'CC-BY-4.0', title: '知识共享 署名 4.0（数据）；文件原文属公开政府信息' }],
    resources: tables.map((table) => ({
      name: table.name,
      title: table.title,
      description: table.description,
      path: pathOf(table),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      profile: 'tabular-data-resource',
      schema: {
        fields: table.columns.map((column) => ({
          name: column.name,
          type: FRICTIONLESS_TYPES[column.type],
          description: column.description,
          constraints: { required: column.required, ...(column.values ? { enum: [...column.values] } : {}) },
        })),
        primaryKey: [...table.key],
      },
    })),
  };
}
