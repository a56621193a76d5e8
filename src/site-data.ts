// The only module that queries content collections. Pages get plain data from here and
// pass it to the pure builders in src/lib/pages.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { clauseIndexOf } from './lib/notices/clause-index.ts';
import path from 'node:path';
import { DataValidationError, type DataProblem } from './lib/data/problems.ts';
import { allTables, type Table, type TableRows } from './lib/data/tables.ts';
import type { CsvFileEntry } from './loaders/csv-loader.ts';
import type { SiteData } from './lib/pages/site-data.ts';
import { resolveAsOf } from './lib/tasks/status.ts';
import { readContentHistory } from './lib/project/git-history.ts';
import { loadProject, readTableRows } from './lib/project/load-project.ts';

let cached: Promise<SiteData> | undefined;

// The content store does not keep file order; rows are put back in the order of their files and lines
// (in a build too, so that both list rows alike).
type LocatedRow = { readonly location: { file: string; line: number } };
const inFileOrder = <Row extends LocatedRow>(rows: Row[]): Row[] =>
  rows.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line);

// In the dev server a collection whose files have errors carries them in one entry (see the
// CSV loader): raise them here so the error overlay names file, line and column.
const rowsOfEntries = (entries: ReadonlyArray<{ data: CsvFileEntry<LocatedRow> }>): LocatedRow[] => {
  const problems = entries.flatMap((entry) => entry.data.problems ?? []);
  if (problems.length > 0) throw locatedError(problems);
  return inFileOrder(entries.flatMap((entry) => entry.data.rows));
};

function locatedError(problems: DataProblem[]): DataValidationError {
  const error = new DataValidationError(problems) as DataValidationError & { loc?: { file: string; line: number; column: number } };
  const [first] = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  if (first) error.loc = { file: path.resolve(first.file), line: first.line, column: first.column };
  return error;
}

/**
 * In the dev server, checks the whole project on every call (about 30 ms for the five notices), so
 * that the error overlay also shows what one file's loader cannot see: a notice whose frontmatter
 * no longer validates (Astro's glob loader then keeps serving the old entry) and a reference to an
 * unknown notice, unit, target or clause. `astro build` checks once, in the validate-project integration.
 */
function assertProjectValidInDev(): void {
  if (!import.meta.env.DEV) return;
  const errors = loadProject(process.cwd()).problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw locatedError(errors);
}

/**
 * The rows of every table of src/lib/data/tables.ts: in the dev server from their collections; in
 * `astro build`, where the CSV loader keeps them out of the content store (src/loaders/csv-loader.ts),
 * from the files, read by the same readCsvFile.
 */
async function tableRows(): Promise<TableRows> {
  const rows: Partial<Record<Table['field'], unknown[]>> = {};
  for (const table of allTables) {
    const entries = await getCollection(table.field);
    const root = entries.find((entry) => entry.data.readFromFiles !== undefined)?.data.readFromFiles;
    if (root === undefined) {
      rows[table.field] = rowsOfEntries(entries);
      continue;
    }
    // Checked before the build began; a file edited since must not bring a bad cell, or lose a row, unseen.
    const read = readTableRows(root, table);
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw locatedError(errors);
    rows[table.field] = inFileOrder(read.rows as LocatedRow[]);
  }
  return rows as TableRows;
}

/** All notices and data rows of the site, loaded once per build. */
export function loadSiteData(): Promise<SiteData> {
  try {
    assertProjectValidInDev();
  } catch (error) {
    return Promise.reject(error);
  }
  cached ??= (async (): Promise<SiteData> => {
    const notices = await getCollection('notices');
    return {
      notices: notices.map((entry) => ({ id: entry.id, frontmatter: entry.data })),
      clauses: Object.fromEntries(notices.map((entry) => [entry.id, clauseIndexOf(entry.body ?? '')])),
      ...(await tableRows()),
      asOf: resolveAsOf(process.env['SITE_AS_OF']),
      asOfPinned: Boolean(process.env['SITE_AS_OF']),
      history: readContentHistory(process.cwd()),
    };
  })().catch((error: unknown) => {
    // Do not keep a failure: the next request reads the (fixed) files again.
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Notice entries for rendering their MDX body. */
export function noticeEntries(): Promise<Array<CollectionEntry<'notices'>>> {
  return getCollection('notices');
}

/** Renders a notice's MDX body: the component and the headings of its text (for the page's contents). */
export async function renderNotice(entry: CollectionEntry<'notices'>) {
  const { Content, headings } = await render(entry);
  return { Content, headings };
}
