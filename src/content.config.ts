// Every collection of the site: where its files are and what their rows must look like.
// Notices are MDX with validated frontmatter; every CSV table goes through the same
// located validation (src/lib/data) so a bad cell names its file, line and column.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { allTables, type RowOf, type Table, type TableSpec } from './lib/data/tables.ts';
import { noticeFrontmatterSchema } from './lib/notices/frontmatter.ts';
import { NOTICES_DIR } from './lib/project/folders.ts';
import { csvTableLoader, type CsvFileEntry } from './loaders/csv-loader.ts';

/** One entry per CSV file with its rows, validated by the loader; the schema only carries their type. */
const rowsOf = <T extends TableSpec>(table: T) =>
  defineCollection({
    loader: csvTableLoader(table),
    schema: z.custom<CsvFileEntry<RowOf<T>>>((value) => typeof value === 'object' && value !== null && Array.isArray((value as { rows?: unknown }).rows)),
  });

/**
 * A collection per table of src/lib/data/tables.ts, named by its `field` (`taskUpdates`), of the
 * files `data/<table>/*.csv`. (Object.fromEntries forgets which table each entry is for: the type says it.)
 */
const tableCollections = Object.fromEntries(allTables.map((table) => [table.field, rowsOf(table)])) as unknown as {
  [T in Table as T['field']]: ReturnType<typeof rowsOf<T>>;
};

export const collections = {
  /** Published notices: `content/notices/<id>.mdx`. */
  notices: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${NOTICES_DIR}` }),
    schema: noticeFrontmatterSchema,
  }),
  ...tableCollections,
};
