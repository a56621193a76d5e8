/**
 * The contract between the index builder (scripts/search-index.ts, build time) and the search page
 * (browser): how a page is stored in the Pagefind index. Pure constants and checks.
 */

/** Marks the start of an element with an id in the stored page text (a private-use character). */
export const ANCHOR_MARK = '\u{F0000}';

/** Pagefind metadata field with the page's extra index words (see terms.ts). */
export const GRAMS_FIELD = 'grams';
/** Pagefind metadata field with the page's anchors as JSON `[[id, label], …]`, in page order. */
export const ANCHORS_FIELD = 'anchors';

/**
 * A small file the index builder writes into the Pagefind bundle folder, so the search page can tell
 * an exact-search index from a plain `pagefind --site` one (which lacks the extra index words and the
 * clause marks, and would silently miss pages).
 */
export const EXACT_INDEX_FILE = 'exact-search.json';
/** Bumped whenever the stored form of pages changes; the search page refuses other formats. */
export const EXACT_INDEX_FORMAT = 2;

/**
 * Language code of the Pagefind index: `zxx`, "no linguistic content". The words the search uses are
 * code-point pairs (terms.ts), not words of a language, so Pagefind must neither segment the text into
 * Chinese words nor stem it: both would cost most of the indexing time and give words no query uses.
 * The stored text stays the page text. Pagefind's browser code, asked for the page's language
 * (`zh-cn`), loads the only index there is.
 */
export const INDEX_LANGUAGE = 'zxx';

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
