// Loads Pagefind (pagefind.js and its index, built by scripts/search-index.ts) on first use, and the
// page records that the search page checks and shows (src/lib/search/index-format.ts).
import {
  EXACT_INDEX_FILE,
  INDEX_FILES_ELEMENT,
  isCurrentManifest,
  PAGE_RECORD_DIR,
  PAGE_RECORD_EXTENSION,
  PAGEFIND_OPTIONS,
  readIndexFiles,
} from '../../lib/search/index-format.ts';
import type { FilterCounts, PagefindApi } from '../../lib/search/exact-search.ts';
import type { StoredPage } from '../../lib/search/match.ts';
import { sitePaths } from '../../lib/paths.ts';

/** pagefind.js, as far as the search page uses it. */
export interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Drops the loaded index, so that options and init start afresh. */
  destroy(): Promise<void>;
}

declare global {
  interface Window {
    /** Pagefind, started by the search page's head when the URL has a query (src/pages/search.astro). */
    searchPagefind?: Promise<Pagefind>;
  }
}

let loading: Promise<Pagefind> | undefined;

/** Thrown when the site's index was not built for exact search. */
export class IndexMismatchError extends Error {}

/** Imports Pagefind and starts reading its index (as the search page's head does when the URL has a query). */
async function startPagefind(bundle: string, cacheTag: string | undefined): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ ...PAGEFIND_OPTIONS, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) });
  void pagefind.init();
  return pagefind;
}

const bundlePath = () => sitePaths(import.meta.env.BASE_URL).asset('pagefind/');

/** Pagefind, ready to search; loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = bundlePath();
    // The manifest is checked while Pagefind reads its index, not before.
    const manifest = fetch(`${bundle}${EXACT_INDEX_FILE}`).then(
      (response) => (response.ok ? response.json() : undefined),
      () => undefined,
    );
    const files = readIndexFiles(document.getElementById(INDEX_FILES_ELEMENT)?.textContent);
    const pagefind = await (window.searchPagefind ?? startPagefind(bundle, files?.cacheTag));
    if (!isCurrentManifest(await manifest)) throw new IndexMismatchError('The search index was not built by scripts/search-index.ts.');
    return pagefind;
  })();
  return loading;
}

let reloaded = false;

/**
 * Pagefind once more, reading its entry file afresh (no cache tag), for a search that failed: a
 * search page from before the latest build, still in the browser's cache, names the old index in
 * its cache tag, and the browser may then answer with the old entry file, whose meta file the new
 * build removed. Undefined when Pagefind was reloaded already, so that a search is retried once.
 */
export async function reloadPagefind(): Promise<Pagefind | undefined> {
  if (reloaded) return undefined;
  reloaded = true;
  const pagefind = await loadPagefind().catch(() => undefined);
  await pagefind?.destroy();
  loading = startPagefind(bundlePath(), undefined);
  return loading;
}

const records = new Map<string, Promise<StoredPage>>();

/** The record of a page, by Pagefind's id of it (fetched once per page view; gzip, unpacked here). */
export function loadPageRecord(id: string): Promise<StoredPage> {
  let record = records.get(id);
  if (!record) {
    const url = sitePaths(import.meta.env.BASE_URL).asset(`pagefind/${PAGE_RECORD_DIR}/${id}${PAGE_RECORD_EXTENSION}`);
    record = fetch(url).then(async (response) => {
      if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
      return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as StoredPage;
    });
    record.catch(() => records.delete(id));
    records.set(id, record);
  }
  return record;
}
