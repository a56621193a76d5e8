/**
 * The contract between the index builder (scripts/search-index.ts, build time) and the search page
 * (browser): how a page is stored in the Pagefind index. Pure constants and checks.
 */
import type { ShardInfo } from './shards.ts';

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

/** What the search page fetches for one page: its text as stored (with clause marks) and metadata (its filters are Pagefind's, not repeated here). */
export interface PageRecord {
  /** URL of the page, with the site's base path. */
  url: string;
  /** The page text with `ANCHOR_MARK` at the start of every element with an id. */
  content: string;
  /** `title`, `docNumber`, `issuer`, `date` (as the pages set them) and {@link ANCHORS_FIELD}. */
  meta: Record<string, string>;
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
export const EXACT_INDEX_FORMAT = 4;

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
  /** Pages in the index, all shards together. */
  pages: number;
  /** The Pagefind indexes the pages are in, in index order (shards.ts); the first is the bundle folder itself. */
  shards: ShardInfo[];
}

/** Whether a fetched manifest describes an index this code can search. */
export function isCurrentManifest(value: unknown): value is ExactIndexManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as { format?: unknown; shards?: unknown };
  return manifest.format === EXACT_INDEX_FORMAT && Array.isArray(manifest.shards) && manifest.shards.length > 0;
}

/**
 * Pagefind's options on the search page: search on the main thread (the work per query is small, and
 * it spares loading the worker script), and no length weighting: every page has each index word once,
 * so it would only put the shortest pages first (unit pages before the notices they cite); without it,
 * candidates keep the site's page order (notices, then indexes and units). Set by the early start in
 * the search page's head (src/pages/search.astro) and by src/client/search/engine.ts alike.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, ranking: { pageLength: 0 } } as const;

/**
 * Id of a JSON element in the search page's head into which the index builder writes the names of
 * the index files every search loads first ({@link IndexFiles}): they are known only once the index is
 * written, and with them the page loads them at once, in parallel with its own script, instead of one
 * after the other as Pagefind finds them. Empty (`{}`) in a page no index was built for (`astro dev`).
 */
export const INDEX_FILES_ELEMENT = 'search-index-files';

export interface IndexFiles {
  /** Pagefind's meta file (its name has the index's hash), in the bundle folder. */
  meta: string;
  /**
   * Pagefind's `metaCacheTag`: Pagefind fetches `pagefind-entry.json?ts=<tag>` instead of a new
   * `?ts=<time>` each time, so that the page can preload it. The index's hash, so it changes with the
   * index (a page cached from before a new index may then load the old entry once: see README, Search).
   */
  cacheTag: string;
  /** The index's manifest itself (what {@link EXACT_INDEX_FILE} holds), so that the page need not fetch it. */
  manifest?: ExactIndexManifest;
}

/** The index files of a bundle, from the text of its `pagefind-entry.json`; undefined without an index in {@link INDEX_LANGUAGE}. */
export function indexFilesOfEntry(entryJson: string): IndexFiles | undefined {
  const hash = (JSON.parse(entryJson) as { languages?: Record<string, { hash?: unknown }> }).languages?.[INDEX_LANGUAGE]?.hash;
  return typeof hash === 'string' && /^[\w-]+$/u.test(hash) ? indexFilesOfTag(hash) : undefined;
}

/** The index files of an index whose hash (its cache tag) is `hash`. */
export function indexFilesOfTag(hash: string): IndexFiles {
  return { meta: `pagefind.${hash}.pf_meta`, cacheTag: hash };
}

/** The index files written in the search page ({@link INDEX_FILES_ELEMENT}'s text), or undefined when none are. */
export function readIndexFiles(text: string | null | undefined): IndexFiles | undefined {
  try {
    const value = JSON.parse(text ?? '') as Partial<IndexFiles> | null;
    if (typeof value?.meta !== 'string' || typeof value.cacheTag !== 'string') return undefined;
    return { meta: value.meta, cacheTag: value.cacheTag, ...(isCurrentManifest(value.manifest) ? { manifest: value.manifest } : {}) };
  } catch {
    return undefined;
  }
}

/** A built search page with `files` written into its {@link INDEX_FILES_ELEMENT}; undefined when the page has no such element. */
export function withIndexFiles(html: string, files: IndexFiles): string | undefined {
  const element = new RegExp(`(<script\\b[^>]*\\bid="${INDEX_FILES_ELEMENT}"[^>]*>)[^<]*(</script>)`, 'u');
  if (!element.test(html)) return undefined;
  const json = JSON.stringify(files).replace(/</gu, '\\u003c');
  return html.replace(element, (_, open: string, close: string) => `${open}${json}${close}`);
}
