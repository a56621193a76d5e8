// Loads Pagefind (pagefind.js and its index, built by scripts/search-index.ts) on first use.
import { EXACT_INDEX_FILE, isCurrentManifest } from '../../lib/search/index-format.ts';
import type { PagefindApi } from '../../lib/search/exact-search.ts';
import { sitePaths } from '../../lib/paths.ts';

/** pagefind.js, as far as the search page uses it. */
export interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Thrown when the site's index was not built for exact search. */
export class IndexMismatchError extends Error {}

/** Pagefind, ready to search; loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const paths = sitePaths(import.meta.env.BASE_URL);
    const [manifest, pagefind] = await Promise.all([
      fetch(paths.asset(`pagefind/${EXACT_INDEX_FILE}`)).then((response) => (response.ok ? response.json() : undefined), () => undefined),
      import(/* @vite-ignore */ paths.asset('pagefind/pagefind.js')) as Promise<Pagefind>,
    ]);
    if (!isCurrentManifest(manifest)) throw new IndexMismatchError('The search index was not built by scripts/search-index.ts.');
    // Search on the main thread: the work per query is small, and it spares loading the worker script.
    await pagefind.options({ noWorker: true });
    return pagefind;
  })();
  return loading;
}
