// Loads Pagefind (pagefind.js and its index, built by scripts/search-index.ts) on first use, and the
// page records that the search page checks and shows (src/lib/search/index-format.ts).
import { EXACT_INDEX_FILE, isCurrentManifest, PAGE_RECORD_DIR, PAGE_RECORD_EXTENSION } from '../../lib/search/index-format.ts';
import type { FilterCounts, PagefindApi } from '../../lib/search/exact-search.ts';
import type { StoredPage } from '../../lib/search/match.ts';
import { sitePaths } from '../../lib/paths.ts';

/** pagefind.js, as far as the search page uses it. */
export interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/** Thrown when the site's index was not built for exact search. */
export class IndexMismatchError extends Error {}

/** Pagefind, ready to search; loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const paths = sitePaths(import.meta.env.BASE_URL);
    const [manifest, pagefind] = await Promise.all([
      fetch(paths.asset(`pagefind/${EXACT_INDEX_FILE}`)).then(
        (response) => (response.ok ? response.json() : undefined),
        () => undefined,
      ),
      import(/* @vite-ignore */ paths.asset('pagefind/pagefind.js')) as Promise<Pagefind>,
    ]);
    if (!isCurrentManifest(manifest)) throw new IndexMismatchError('The search index was not built by scripts/search-index.ts.');
    // Search on the main thread: the work per query is small, and it spares loading the worker script.
    // Every page has each index word once, so Pagefind's length weighting would only put the shortest
    // pages first (unit pages before the notices they cite); without it, candidates keep the site's
    // page order (notices, then indexes and units), and the first results shown are notices.
    await pagefind.options({ noWorker: true, ranking: { pageLength: 0 } });
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
