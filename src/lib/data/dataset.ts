import type { NoticeFrontmatter } from '../notices/frontmatter.ts';
import type { ClauseRef } from '../notices/clause-index.ts';
import { allTables, type Table, type TableRows } from './tables.ts';

/** What the data checks need to know of a notice. */
export interface NoticeSummary {
  id: string;
  file: string;
  frontmatter: NoticeFrontmatter;
  /** Clause anchor ids present in the notice's text. */
  clauseIds: ReadonlySet<string>;
  /** The clause anchors of the notice's text with their citation labels, in order. */
  clauses: ClauseRef[];
}

/** Everything in `content/` and `data/`, validated row by row: the notices, and the rows of every table (src/lib/data/tables.ts). */
export interface Dataset extends TableRows {
  notices: NoticeSummary[];
}

/** A dataset of `notices` with no rows yet (a new array per table). */
export function emptyDataset(notices: NoticeSummary[] = []): Dataset {
  return { notices, ...(Object.fromEntries(allTables.map((table) => [table.field, []])) as unknown as TableRows) };
}

/** The field of {@link Dataset} that holds each table's rows, by table name. */
export const datasetFieldOfTable = Object.fromEntries(allTables.map((table) => [table.name, table.field])) as { readonly [T in Table as T['name']]: T['field'] };
