import { decodeCsv, parseCsv } from './csv.ts';
import type { TableSpec } from './tables.ts';
import { validateTable, type ValidatedTable } from './validate-table.ts';

/** One CSV file of a table, read by {@link readCsvFile}. */
export interface CsvFile<T extends TableSpec> extends ValidatedTable<T> {
  /** Whether the file is a header with no rows (a template waiting for rows, or a file whose rows were all deleted). */
  headerOnly: boolean;
}

/**
 * Reads one CSV file of `table` from its bytes: decodes them (UTF-8 only), parses the CSV and checks
 * its header and every cell. `file` is its path relative to the project root, which every problem
 * names. The one reading of a CSV file, for the content layer's loader and for the whole-project
 * check alike, so both report the same problems at the same places. Never throws for bad input.
 */
export function readCsvFile<T extends TableSpec>(table: T, bytes: Uint8Array, file: string): CsvFile<T> {
  const decoded = decodeCsv(bytes, file);
  if (decoded.problems.length > 0) return { rows: [], problems: decoded.problems, rejected: [], complete: false, headerOnly: false };
  const parsed = parseCsv(decoded.text, file);
  const result = validateTable(table, parsed, file);
  return { ...result, headerOnly: result.complete && parsed.records.length === 0 };
}
