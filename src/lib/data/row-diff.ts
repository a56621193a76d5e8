import { parseCsv } from './csv.ts';

/** What changed between two versions of one CSV file, as row labels (a row's key, e.g. `anze-2022-50-t01`). */
export interface RowDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

interface Version {
  header: string[];
  rows: Array<Record<string, string>>;
}

const readVersion = (text: string | undefined): Version => {
  if (text === undefined || text.trim() === '') return { header: [], rows: [] };
  const parsed = parseCsv(text, '');
  return {
    header: parsed.header,
    rows: parsed.records.map((record) => Object.fromEntries(parsed.header.map((name, index) => [name, (record.cells[index] ?? '').trim()]))),
  };
};

/**
 * Compares two versions of one CSV file row by row, for the change log: which rows were added,
 * which were altered and which were removed. `undefined` is a version that does not exist (a file
 * added or deleted). Rows are matched by `key`, the table's key columns, when both versions have
 * them (so an edited value is one altered row); otherwise by their whole content (an edited row
 * is then one removed and one added). Cells are compared by column name, ignoring surrounding
 * spaces, so reordering columns or adding an empty column alters nothing.
 * Labels are the key values joined with ` / `, or the row's first cell when matched by content;
 * a key that occurs twice in a version gets `#2`, `#3` … so no row is lost.
 */
export function diffCsvRows(before: string | undefined, after: string | undefined, key: readonly string[] = []): RowDiff {
  const old = readVersion(before);
  const now = readVersion(after);
  const hasKey = key.length > 0 && [old, now].every((version) => version.header.length === 0 || key.every((column) => version.header.includes(column)));
  const columns = [...new Set([...old.header, ...now.header])].sort();
  const content = (row: Record<string, string>) => JSON.stringify(columns.map((column) => row[column] ?? ''));

  const index = (version: Version) => {
    const rows = new Map<string, { label: string; content: string }>();
    for (const row of version.rows) {
      const base = hasKey ? key.map((column) => row[column] ?? '').join(' / ') : content(row);
      let id = base;
      for (let count = 2; rows.has(id); count += 1) id = `${base}#${count}`;
      const label = hasKey ? id : `${version.header.map((column) => row[column]).find((cell) => cell) ?? ''}${id === base ? '' : id.slice(base.length)}`;
      rows.set(id, { label, content: content(row) });
    }
    return rows;
  };
  const was = index(old);
  const is = index(now);
  const diff: RowDiff = { added: [], changed: [], removed: [] };
  for (const [id, row] of is) {
    const previous = was.get(id);
    if (!previous) diff.added.push(row.label);
    else if (previous.content !== row.content) diff.changed.push(row.label);
  }
  for (const [id, row] of was) if (!is.has(id)) diff.removed.push(row.label);
  return diff;
}
