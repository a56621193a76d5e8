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
async function startPagefind(bundle: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  const files = readIndexFiles(document.getElementById(INDEX_FILES_ELEMENT)?.textContent);
  await pagefind.options({ ...PAGEFIND_OPTIONS, ...(files ? { metaCacheTag: files.cacheTag } : {}) });
  void pagefind.init();
  return pagefind;
}

/** Pagefind, ready to search; loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = sitePaths(import.meta.env.BASE_URL).asset('pagefind/');
    // The manifest is checked while Pagefind reads its index, not before.
    const manifest = fetch(`${bundle}${EXACT_INDEX_FILE}`).then(
      (response) => (response.ok ? response.json() : undefined),
      () => undefined,
    );
    const pagefind = await (window.searchPagefind ?? startPagefind(bundle));
    if (!isCurrentManifest(await manifest)) throw new IndexMismatchError('The search index was not built by scripts/search-index.ts.');
    return pagefind;
  })();
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
