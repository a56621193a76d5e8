// Where a project keeps what its site is made of, relative to the project's root.
import type { TableSpec } from '../data/tables.ts';

/** Content pages: the notices. */
export const CONTENT_DIR = 'content';
/** One MDX file per notice: `content/notices/<id>.mdx`. */
export const NOTICES_DIR = `${CONTENT_DIR}/notices`;
/** One folder per table (src/lib/data/tables.ts), one CSV file per notice or jurisdiction: `data/<table>/<file>.csv`. */
export const DATA_DIR = 'data';
/** Files published as they are. */
export const PUBLIC_DIR = 'public';
/** The folders the site is made from: content/ and data/ become pages and downloads, public/ is published as it is. */
export const SOURCE_DIRS = [CONTENT_DIR, DATA_DIR, PUBLIC_DIR] as const;

/** The folder of a table's files: `data/<table>`. */
export const tableDir = (table: Pick<TableSpec, 'name'>): string => `${DATA_DIR}/${table.name}`;
