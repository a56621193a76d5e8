/**
 * The contract between the index builder (scripts/search-index.ts, build time) and the search page
 * (browser): how a page is stored in the Pagefind index. Pure constants and checks.
 */

/** Marks the start of an element with an id in the stored page text (a private-use character). */
export const ANCHOR_MARK = '\u{F0000}';

/** Field of a page record's metadata with the page's anchors as JSON `[[id, label], …]`, in page order. */
export const ANCHORS_FIELD = 'anchors';

/**
 * Pagefind indexes only each page's extra index words (its content is those words, terms.ts), so
 * that its fragments, which hold what it indexed, are never what the browser fetches. What the search
 * page shows and checks is the page record, one small file per page in this folder of the bundle,
 * named after Pagefind's id of the page (its fragment hash) with {@link PAGE_RECORD_EXTENSION}: the gzip
 * of the JSON of a {@link PageRecord}. Gzipped by the builder, like Pagefind's own files, so that it
 * costs the same on any host, and with an extension no host serves with a Content-Encoding.
 */
export const PAGE_RECORD_DIR = 'page';
export const PAGE_RECORD_EXTENSION = '.pf_page';

/** What the search page fetches for one page: its text as stored (with clause marks), metadata and filters. */
export interface PageRecord {
  /** URL of the page, with the site's base path. */
  url: string;
  /** The page text with `ANCHOR_MARK` at the start of every element with an id. */
  content: string;
  /** `title`, `docNumber`, `issuer`, `date` (as the pages set them) and {@link ANCHORS_FIELD}. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Pagefind sort keys the builder gives every page from its `date` metadata, so that sorting by date
 * keeps the pages without one (Pagefind leaves out pages without the sort key), last in both orders.
 */
export const SORT_NEWEST = 'newest';
export const SORT_OLDEST = 'oldest';
export function dateSortKeys(date: string | undefined): Record<string, string> {
  return { [SORT_NEWEST]: date ?? '0000-00-00', [SORT_OLDEST]: date ?? '9999-99-99' };
}

/**
 * A small file the index builder writes into the Pagefind bundle folder, so the search page can tell
 * an exact-search index from a plain `pagefind --site` one (which lacks the extra index words and the
 * clause marks, and would silently miss pages).
 */
export const EXACT_INDEX_FILE = 'exact-search.json';
/** Bumped whenever the stored form of pages changes; the search page refuses other formats. */
export const EXACT_INDEX_FORMAT = 3;

/**
 * Language code of the Pagefind index: `zxx`, "no linguistic content". The words the search uses are
 * code-point pairs (terms.ts), not words of a language, so Pagefind must neither segment the text into
 * Chinese words nor stem it: both would cost most of the indexing time and give words no query uses.
 * The stored text stays the page text. Pagefind's browser code, asked for the page's language
 * (`zh-cn`), loads the only index there is.
 */
export const INDEX_LANGUAGE = 'zxx';

/** Pagefind's WebAssembly for an index without a stemmer (as for INDEX_LANGUAGE); the search page preloads it, and the builder checks it is there. */
export const PAGEFIND_WASM_FILE = 'wasm.unknown.pagefind';

export interface ExactIndexManifest {
  format: number;
  /** Language of the indexed pages (their `lang`), not of the index ({@link INDEX_LANGUAGE}). */
  language: string;
  pages: number;
}

/** Whether a fetched manifest describes an index this code can search. */
export function isCurrentManifest(value: unknown): value is ExactIndexManifest {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === EXACT_INDEX_FORMAT;
}
