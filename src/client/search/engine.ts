// Loads Pagefind (pagefind.js and the shards of its index, built by scripts/search-index.ts) on first
// use, and the page records that the search page checks and shows (src/lib/search/index-format.ts).
import {
  EXACT_INDEX_FILE,
  INDEX_FILES_ELEMENT,
  isCurrentManifest,
  PAGE_RECORD_DIR,
  PAGE_RECORD_EXTENSION,
  indexFilesOfTag,
  PAGEFIND_OPTIONS,
  readIndexFiles,
  type ExactIndexManifest,
} from '../../lib/search/index-format.ts';
import type { PagefindApi, ShardedIndex } from '../../lib/search/exact-search.ts';
import type { StoredPage } from '../../lib/search/match.ts';
import { sitePaths } from '../../lib/paths.ts';

/** pagefind.js, as far as the search page uses it. */
export interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Drops the loaded index, so that options and init start afresh. */
  destroy(): Promise<void>;
  /** Waits until Pagefind has read its index's meta file and instantiated its WebAssembly module (with `''`: searches nothing). */
  preload(term: string): Promise<void>;
  /** A further Pagefind, on the index in `basePath` (a shard after the first: shards.ts). */
  createInstance(options: Record<string, unknown>): PagefindApi & { destroy(): Promise<void> };
}

declare global {
  interface Window {
    /** Pagefind, started by the search page's head when the URL has a query (src/pages/search.astro). */
    searchPagefind?: Promise<Pagefind>;
  }
}

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

/** The index with its shards; `first` is Pagefind on the first shard (whose module opens the others). */
interface LoadedIndex extends ShardedIndex {
  first: Pagefind;
  /** Drops every loaded shard. */
  destroy(): Promise<void>;
}

/**
 * Returns the index, each shard opened on first use (the first is being read already), with the
 * manifest written into the page, else fetched with `manifestRequest`.
 */
async function openIndex(first: Promise<Pagefind>, written: ExactIndexManifest | undefined, manifestRequest: RequestInit): Promise<LoadedIndex> {
  const bundle = bundlePath();
  // The manifest is checked while Pagefind reads the first shard, not before.
  const manifest: unknown =
    written ??
    (await fetch(`${bundle}${EXACT_INDEX_FILE}`, manifestRequest).then(
      (response) => (response.ok ? response.json() : undefined),
      () => undefined,
    ));
  const pagefind = await first;
  if (!isCurrentManifest(manifest)) throw new IndexMismatchError('The search index was not built by scripts/search-index.ts.');
  type Shard = PagefindApi & { destroy(): Promise<void> };
  // Every Pagefind of a page shares one WebAssembly module, which pagefind.js instantiates when a
  // Pagefind starts unless it is there already. Two starting at once (a search that reads another
  // shard first, such as a year's) would each instantiate it, the second replacing the first under
  // the indexes the first had loaded: "RuntimeError: unreachable" at their next search. So a further
  // shard starts once the first one's module is in place; its files are requested before that.
  const moduleReady = pagefind.preload('').catch(() => undefined);
  const opened = new Map<number, Promise<Shard>>([[0, Promise.resolve(pagefind)]]);
  return {
    first: pagefind,
    shards: manifest.shards,
    open(index) {
      let shard = opened.get(index);
      if (!shard) {
        const info = manifest.shards[index];
        if (!info) return Promise.reject(new Error(`The search index has no shard ${index}.`));
        const basePath = `${bundle}${info.folder}`;
        // Its entry and meta file at once, as the head does for the first shard: Pagefind asks for the meta file only once it has read the entry.
        preload(`${basePath}pagefind-entry.json?ts=${info.cacheTag}`);
        preload(`${basePath}${indexFilesOfTag(info.cacheTag).meta}`);
        shard = moduleReady.then(() => pagefind.createInstance({ ...PAGEFIND_OPTIONS, basePath, metaCacheTag: info.cacheTag }));
        opened.set(index, shard);
      }
      return shard;
    },
    async destroy() {
      await Promise.all(
        [...opened.values()].map((shard) =>
          shard.then(
            (loaded) => loaded.destroy(),
            () => undefined,
          ),
        ),
      );
    },
  };
}

/** Starts fetching `href` for a fetch() that follows (a preload, kept for it whatever the host's cache headers). */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

let loading: Promise<LoadedIndex> | undefined;

/** The search index, ready to search; loaded once per page. */
export function loadIndex(): Promise<ShardedIndex> {
  loading ??= (() => {
    const files = readIndexFiles(document.getElementById(INDEX_FILES_ELEMENT)?.textContent);
    return openIndex(window.searchPagefind ?? startPagefind(bundlePath(), files?.cacheTag), files?.manifest, {});
  })();
  return loading;
}

let reloaded = false;

/**
 * The index once more, its manifest and first entry file read afresh (no cache tag), for a search
 * that failed: a search page from before the latest build, still in the browser's cache, names the
 * old index in its cache tag, and the browser may then answer with the old entry file, whose meta
 * file the new build removed. Undefined when it was reloaded already, so that a search is retried once.
 */
export async function reloadIndex(): Promise<ShardedIndex | undefined> {
  if (reloaded) return undefined;
  reloaded = true;
  const index = await loading?.catch(() => undefined);
  await index?.destroy();
  loading = openIndex(startPagefind(bundlePath(), undefined), undefined, { cache: 'no-cache' });
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
