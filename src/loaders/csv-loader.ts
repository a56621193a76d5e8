import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvFile } from '../lib/data/csv-file.ts';
import { DataValidationError, type DataProblem } from '../lib/data/problems.ts';
import type { TableSpec } from '../lib/data/tables.ts';
import { tableDir } from '../lib/project/folders.ts';
import { filesIn } from '../lib/project/project-files.ts';

/** Id of the entry that carries a collection's current problems in the dev server. */
const PROBLEMS_ENTRY_ID = '__problems__';

/** How long the dev server waits after the last change under a table's folder before reading it. */
const SETTLE_MS = 100;

/**
 * An entry of a CSV collection: one file's rows, in line order. One entry per file, not per row:
 * filling, saving and bundling the content store costs time per entry, and a large project has
 * a hundred thousand rows. The dev server's problems entry has no rows and the problems of the
 * collection's files.
 */
export interface CsvFileEntry<Row> {
  rows: Row[];
  problems?: DataProblem[];
  /** Set on the one entry of a collection in `astro build`: the project root whose files the rows are read from when pages render. */
  readFromFiles?: string;
}

/** Id of the one entry of a collection in `astro build` (see {@link CsvFileEntry.readFromFiles}). */
const FROM_FILES_ENTRY_ID = '__from_files__';

/**
 * Content-layer loader for one CSV table in the dev server: every `data/<table>/*.csv` file,
 * validated cell by cell, the folder watched so that edits reload. A bad cell is recorded as the
 * collection's problems entry, which src/site-data.ts raises in the error overlay with file, line
 * and column, instead of Astro's stock `file.csv:0:0` and zod dump. In `astro build` the loader
 * stores no rows, only an entry that says where they are: the project worker has checked every file
 * before the sync, and src/site-data.ts reads the rows through the same readCsvFile when pages
 * render. Astro writes the whole content store into the server bundle as one string, and the rows
 * were most of it (76 of 96 MB at 3,000 notices), and so most of the build's memory peak.
 */
export function csvTableLoader(table: TableSpec): Loader {
  return {
    name: `csv-table:${table.name}`,
    load: async ({ store, config, logger, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      if (!watcher) {
        store.clear();
        store.set({ id: FROM_FILES_ENTRY_ID, data: { rows: [], readFromFiles: root } satisfies CsvFileEntry<unknown> });
        return;
      }
      const folder = tableDir(table);
      const directory = path.join(root, folder);

      const sync = async () => {
        const files = filesIn(root, folder, '.csv');
        const problems: DataProblem[] = [];
        const entries: Array<{ id: string; data: CsvFileEntry<unknown> }> = [];
        for (const fileName of files) {
          const file = `${folder}/${fileName}`;
          const result = readCsvFile(table, await readFile(path.join(root, file)), file);
          problems.push(...result.problems);
          entries.push({ id: fileName, data: { rows: result.rows } });
        }
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (errors.length > 0) {
          // Keep the last good rows and record the problems: the page that reads this collection
          // shows them in the error overlay until the file is fixed.
          logger.error(new DataValidationError(errors).message);
          store.set({ id: PROBLEMS_ENTRY_ID, data: { rows: [], problems: errors } satisfies CsvFileEntry<unknown> });
          return;
        }
        store.clear();
        for (const { id, data } of entries) store.set({ id, data: { ...data }, digest: generateDigest({ ...data }) });
        logger.debug(`${entries.reduce((total, entry) => total + entry.data.rows.length, 0)} rows from ${files.length} files`);
      };

      await sync();
      // One sync at a time, after the writes settle: a save that truncates and then writes fires
      // two events, and two overlapping syncs could finish out of order, the one that read the
      // empty file last, leaving its error in the overlay after the file was whole again.
      let timer: NodeJS.Timeout | undefined;
      let running: Promise<void> | undefined;
      let again = false;
      const run = (): void => {
        if (running) {
          again = true;
          return;
        }
        running = sync()
          .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)))
          .finally(() => {
            running = undefined;
            if (again) {
              again = false;
              run();
            }
          });
      };
      watcher.add(directory);
      watcher.on('all', (_event, changedPath) => {
        if (!changedPath.startsWith(directory) || !changedPath.endsWith('.csv')) return;
        clearTimeout(timer);
        timer = setTimeout(run, SETTLE_MS);
      });
    },
  };
}
