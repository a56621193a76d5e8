import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emptyDataset, type Dataset } from '../../src/lib/data/dataset.ts';
import { allTables, type RegionalFormulaRow, type TaskRow, type TaskUpdateRow, type UnitRow } from '../../src/lib/data/tables.ts';
import type { CsvFileEntry } from '../../src/loaders/csv-loader.ts';

const AUTHORING = readFileSync(path.resolve(import.meta.dirname, '../../docs/authoring.md'), 'utf8');

/**
 * The tables docs/authoring.md describes, in its order: each heading `### \`data/<table>/…\``
 * with the `column | required | meaning` table under it, as `name required?` pairs.
 */
function documentedTables(markdown: string): Array<{ table: string; columns: string[] }> {
  const sections = markdown.split(/^### /mu).slice(1);
  return sections.flatMap((section) => {
    const table = /^`data\/([^/`]+)\//u.exec(section)?.[1];
    if (!table) return [];
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(2);
    const columns = rows.map((row) => {
      const [name, required] = row
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      return `${name} ${required}`;
    });
    return [{ table, columns }];
  });
}

describe('docs/authoring.md', () => {
  it('describes every table, in the order of allTables, with exactly its columns and which are required', () => {
    expect(documentedTables(AUTHORING)).toEqual(
      allTables.map((table) => ({ table: table.name, columns: table.columns.map((column) => `${column.name} ${column.required ? 'yes' : 'no'}`) })),
    );
  });
});

describe('allTables', () => {
  it('gives each table its own folder and dataset field', () => {
    expect(new Set(allTables.map((table) => table.name)).size).toBe(allTables.length);
    expect(new Set(allTables.map((table) => table.field)).size).toBe(allTables.length);
  });

  it('makes the empty dataset: the notices and a new, empty list per table', () => {
    const empty = emptyDataset();
    expect(Object.keys(empty)).toEqual(['notices', ...allTables.map((table) => table.field)]);
    expect(Object.values(empty).every((rows) => Array.isArray(rows) && rows.length === 0)).toBe(true);
    empty.tasks.push({} as TaskRow);
    expect(emptyDataset().tasks).toEqual([]);
  });

  it("types each field of the dataset and each collection with its table's rows", () => {
    expectTypeOf<Dataset['units']>().toEqualTypeOf<UnitRow[]>();
    expectTypeOf<Dataset['taskUpdates']>().toEqualTypeOf<TaskUpdateRow[]>();
    expectTypeOf<Dataset['regionalFormulas']>().toEqualTypeOf<RegionalFormulaRow[]>();
    expectTypeOf<keyof Dataset>().toEqualTypeOf<'notices' | (typeof allTables)[number]['field']>();
    expectTypeOf<CollectionEntry<'taskUpdates'>['data']>().toEqualTypeOf<CsvFileEntry<TaskUpdateRow>>();
    expectTypeOf<TaskUpdateRow['state']>().toEqualTypeOf<'进行中' | '已完成'>();
  });
});
