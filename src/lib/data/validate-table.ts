import { readCell } from './columns.ts';
import type { ParsedCsv } from './csv.ts';
import type { DataProblem } from './problems.ts';
import type { RowOf, TableSpec } from './tables.ts';

/** Spreadsheet column letter for a 1-based index (1 → A, 27 → AA), as Excel shows it. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Outcome of {@link validateTable}. */
export interface ValidatedTable<T extends TableSpec> {
  /** Rows whose every cell is valid. */
  rows: Array<RowOf<T>>;
  problems: DataProblem[];
  /**
   * Rows left out because of a problem, as their raw cells by column name, so that checks of
   * other tables can tell "refers to a row that has an error" from "refers to nothing".
   */
  rejected: Array<Readonly<Record<string, string>>>;
  /** False when the header could not be read, so that no row of the file is known. */
  complete: boolean;
}

/**
 * Checks a parsed CSV file against its table: header columns, then every cell.
 * Returns the rows that are fully valid, the raw cells of the others, and every problem found.
 */
export function validateTable<T extends TableSpec>(table: T, parsed: ParsedCsv, file: string): ValidatedTable<T> {
  const problems: DataProblem[] = [...parsed.problems];
  const rows: Array<RowOf<T>> = [];
  const rejected: Array<Readonly<Record<string, string>>> = [];
  if (parsed.header.length === 0) return { rows, problems, rejected, complete: false };

  const error = (line: number, column: number, message: string, messageEn: string) =>
    problems.push({ file, line, column, message, messageEn, severity: 'error' });

  const expected = new Set(table.columns.map((column) => column.name));
  const positions = new Map<string, number>();
  parsed.header.forEach((name, index) => {
    if (positions.has(name)) error(parsed.headerLine, index + 1, `表头中“${name}”出现了两次。`, `Column "${name}" appears twice in the header.`);
    else if (!expected.has(name)) {
      error(parsed.headerLine, index + 1, `表头中有多余的列“${name}”：这个表的列是 ${[...expected].join(', ')}。`, `Unexpected column "${name}": this table's columns are ${[...expected].join(', ')}.`);
    }
    positions.set(name, index);
  });
  const missing = table.columns.filter((column) => !positions.has(column.name));
  for (const column of missing) {
    error(parsed.headerLine, parsed.header.length + 1, `表头缺少“${column.name}”列（${column.description}）。`, `The header lacks column "${column.name}".`);
  }
  if (missing.length > 0) return { rows, problems, rejected, complete: false };

  const columnNumbers = Object.fromEntries([...positions].map(([name, index]) => [name, index + 1]));
  const rawCells = (cells: readonly string[]) => Object.fromEntries([...positions].map(([name, index]) => [name, (cells[index] ?? '').trim()]));
  for (const record of parsed.records) {
    if (record.cells.length !== parsed.header.length) {
      rejected.push(rawCells(record.cells)); // its field count is already reported by the parser
      continue;
    }
    const row: Record<string, unknown> = { location: { file, line: record.line, columns: columnNumbers } };
    let valid = true;
    for (const column of table.columns) {
      const position = positions.get(column.name) ?? 0;
      const raw = (record.cells[position] ?? '').trim();
      const where = `第 ${position + 1} 列（${columnLetter(position + 1)} 列，${column.name}）`;
      if (raw === '') {
        if (column.required) {
          valid = false;
          error(record.line, position + 1, `${where}不能为空：${column.description}。`, `Column ${position + 1} (${column.name}) is required but empty.`);
        }
        row[column.name] = column.type === 'list' ? [] : undefined;
        continue;
      }
      const result = readCell(column, raw);
      if (result.ok) row[column.name] = result.value;
      else {
        valid = false;
        error(record.line, position + 1, `${where}：${result.message}`, `Column ${position + 1} (${column.name}): ${result.messageEn}`);
      }
    }
    if (valid) rows.push(row as RowOf<T>);
    else rejected.push(rawCells(record.cells));
  }
  return { rows, problems, rejected, complete: true };
}
