// Builds the exact-search index of a built site: `node scripts/search-index.ts [siteDir]` (default dist).
// Replaces `pagefind --site`: it indexes the same pages with Pagefind (Node API), each page given as a
// record of its extra index words (its character pairs, src/lib/search/terms.ts), filters and sort keys
// (src/lib/search/index-page.ts, made in worker threads), in shards of at most SEARCH_SHARD_PAGES pages
// (src/lib/search/shards.ts: newest notices first), then checks that Pagefind indexed exactly those
// words for every page: any difference fails the build, because a page containing a query could then
// be missed. It writes the page records the search page reads (text, metadata, clause anchors)
// next to Pagefind's files, one small gzip file per page named after Pagefind's id of the page, and
// removes Pagefind's own fragments (they hold the index words, and the browser never fetches them).
// Last, it writes the names of the index files a first search loads into the search page, which
// preloads them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { fragmentProblem, type StoredFragment } from '../src/lib/search/check-index.ts';
import type { PreparedPage } from '../src/lib/search/index-page.ts';
import {
  ANCHORS_FIELD,
  dateSortKeys,
  EXACT_INDEX_FILE,
  EXACT_INDEX_FORMAT,
  INDEX_LANGUAGE,
  indexFilesOfEntry,
  PAGEFIND_WASM_FILE,
  PAGE_RECORD_DIR,
  PAGE_RECORD_EXTENSION,
  withIndexFiles,
  type ExactIndexManifest,
  type PageRecord,
} from '../src/lib/search/index-format.ts';
import { withQuickerIndexWait } from '../src/lib/search/pagefind-script.ts';
import { countFilters, DEFAULT_SHARD_PAGES, planShards, shardFolder, type ShardInfo } from '../src/lib/search/shards.ts';
import type { PrepareJob, PreparedMessage } from './search-index/prepare-worker.ts';

/** What the check and the page record need of a prepared page. */
type PreparedSummary = Pick<PreparedPage, 'tokens'> & { record: PageRecord };

export interface SearchIndexReport {
  pages: number;
  /** Pagefind indexes the pages are in (src/lib/search/shards.ts). */
  shards: number;
  /** Extra index words over all pages (see src/lib/search/terms.ts). */
  tokens: number;
  /** Bytes of the written Pagefind bundle (with the page records). */
  bytes: number;
  /** Bytes of the page records (gzip), the largest one, and their count. */
  records: { bytes: number; largest: number; count: number };
  seconds: number;
}

/** HTML files larger than this are indexed after the others of their shard group (see planShards). */
const LARGE_PAGE_BYTES = 1 << 20;

/**
 * HTML files of a built site, relative paths, without Pagefind's and Astro's asset folders, by path,
 * each with whether it is over {@link LARGE_PAGE_BYTES}: such pages (site-wide lists) are indexed
 * last (src/lib/search/shards.ts), so that a first search does not spend its bytes on their records.
 */
function htmlFiles(siteDir: string): Array<{ file: string; large: boolean }> {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !/^(pagefind|_astro)\//u.test(file))
    .sort()
    .map((file) => ({ file, large: statSync(path.join(siteDir, file)).size > LARGE_PAGE_BYTES }));
}

/** The search page, which preloads the index files every search loads first (index-format.ts, IndexFiles). */
const SEARCH_PAGE = 'search/index.html';

/**
 * Writes the names of the index files every search loads first (Pagefind's meta file, named after
 * the index's hash, and its cache tag) and the index manifest into the search page, which has no
 * other way to know them before Pagefind has fetched its entry file (and spares the page a request
 * for the manifest). A site without a search page is left as it is.
 */
function writeIndexFiles(siteDir: string, bundle: string, manifest: ExactIndexManifest): void {
  const page = path.join(siteDir, SEARCH_PAGE);
  if (!existsSync(page)) return;
  const files = indexFilesOfEntry(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
  if (!files || !existsSync(path.join(bundle, files.meta)))
    throw new Error(`Pagefind did not write the meta file of its ${INDEX_LANGUAGE} index, which the search page preloads (src/lib/search/index-format.ts).`);
  const html = withIndexFiles(readFileSync(page, 'utf8'), { ...files, manifest });
  if (html !== undefined) writeFileSync(page, html);
}

/** The URL path Pagefind gives a file: `a/index.html` → `/a/`. */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

function directoryBytes(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + readFileSync(path.join(entry.parentPath, entry.name)).length, 0);
}

/** Reads the fragments Pagefind wrote (gzip of `pagefind_dcd` + JSON), with Pagefind's id of each page (the file's name). */
function readFragments(bundle: string): Array<StoredFragment & { id: string }> {
  const folder = path.join(bundle, 'fragment');
  return readdirSync(folder).map((name) => {
    const bytes = gunzipSync(readFileSync(path.join(folder, name)));
    return { ...(JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as StoredFragment), id: name.replace(/\.pf_fragment$/u, '') };
  });
}

/**
 * Prepares the pages in worker threads (one per core) and calls `onPage` with each as soon as it and
 * every page before it are ready, in the order of `files`, so that the result does not depend on
 * the workers' timing.
 */
async function preparePages(siteDir: string, files: string[], bodyRequired: boolean, onPage: (message: PreparedMessage) => void): Promise<void> {
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 50)));
  const numbered = files.map((file, position) => ({ file, position }));
  const waiting = new Map<number, PreparedMessage>();
  let next = 0;
  const receive = (message: PreparedMessage) => {
    waiting.set(message.position, message);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next);
      next += 1;
      onPage(ready);
    }
  };
  await Promise.all(
    Array.from(
      { length: workers },
      (_, worker) =>
        new Promise<void>((resolve, reject) => {
          // Every n-th file, so that the workers advance through the sorted list together.
          const job: PrepareJob = { siteDir, files: numbered.filter(({ position }) => position % workers === worker), bodyRequired };
          const thread = new Worker(new URL('./search-index/prepare-worker.ts', import.meta.url), { workerData: job });
          thread.on('message', receive);
          thread.once('error', reject);
          thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A search index worker stopped with code ${code}.`))));
        }),
    ),
  );
}

/** What the index builder keeps of a prepared page until its shard is written. */
interface IndexedPage extends PreparedSummary {
  url: string;
  /** What Pagefind gets: only what it searches (the index words, in any order), filters and sort keys. */
  pagefindRecord: {
    url: string;
    content: string;
    language: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
    sort: Record<string, string>;
  };
  filters: Record<string, string[]>;
  date: string | undefined;
  large: boolean;
}

/**
 * Pagefind's index chunk size (its unstable setting, in postings: the default is 20,000) for shards
 * of pages without a date. Those are long lists (units, people, task lists) whose words are on many
 * pages, so that a chunk of the default size is 10–13 KB of gzip against 1–3 KB in a shard of
 * notices, and a query loads one chunk per term: 55 KB for the four terms of 乡村振兴战略 in the
 * 1,000-notice bench's shard of 286 such pages, 14 KB with this size (for a meta file 0.5 KB larger).
 */
const UNDATED_CHUNK_SIZE = 5000;
const CHUNK_SIZE_SETTING = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's files a shard after the first does not need: the search page loads Pagefind's script and UI from the first. */
const FIRST_SHARD_ONLY = /^pagefind(?:[-.].*)?\.(?:js|css)$/u;

/** Pages per shard: `SEARCH_SHARD_PAGES` when set (a whole number of at least 1), else the default. */
function maxShardPages(setting = process.env['SEARCH_SHARD_PAGES']): number {
  if (setting === undefined || setting === '') return DEFAULT_SHARD_PAGES;
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 1) throw new Error(`SEARCH_SHARD_PAGES must be a whole number of pages, at least 1 (got "${setting}").`);
  return value;
}

/**
 * Writes one shard's Pagefind index into `bundle`, writes the page records of its pages into
 * `recordsDir`, and checks that Pagefind indexed exactly each page's words.
 * @returns Pagefind's cache tag of the index, the record sizes and the problems found
 */
async function writeShard(
  pages: readonly IndexedPage[],
  bundle: string,
  recordsDir: string,
  options: { first: boolean; chunkSize: number | undefined },
): Promise<{ cacheTag: string; recordSizes: number[]; problems: string[] }> {
  // Pagefind's service reads the setting when it starts: a new service for each shard.
  await pagefind.close();
  const setting = process.env[CHUNK_SIZE_SETTING];
  if (options.chunkSize !== undefined) process.env[CHUNK_SIZE_SETTING] = String(options.chunkSize);
  const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }).finally(() => {
    if (setting === undefined) delete process.env[CHUNK_SIZE_SETTING];
    else process.env[CHUNK_SIZE_SETTING] = setting;
  });
  const { index, errors } = created;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind numbers pages in the order they are added: the shard's order is the candidates' order.
    const failed = (
      await Promise.all(pages.map((page) => index.addCustomRecord(page.pagefindRecord).then((added) => added.errors.map((error) => `${page.url}: ${error}`))))
    ).flat();
    if (failed.length > 0) throw new Error(`Pagefind could not index some pages: ${failed.slice(0, 10).join('; ')}`);
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    mkdirSync(recordsDir, { recursive: true });
    if (!existsSync(path.join(bundle, PAGEFIND_WASM_FILE)))
      throw new Error(`Pagefind did not write ${PAGEFIND_WASM_FILE}, which the search page preloads (src/lib/search/index-format.ts).`);
    const files = indexFilesOfEntry(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
    if (!files || !existsSync(path.join(bundle, files.meta)))
      throw new Error(`Pagefind did not write the meta file of its ${INDEX_LANGUAGE} index, which the search page preloads (src/lib/search/index-format.ts).`);

    const byUrl = new Map(pages.map((page) => [page.url, page]));
    const recordSizes: number[] = [];
    const problems = readFragments(bundle).flatMap((fragment) => {
      const page = byUrl.get(fragment.url);
      if (!page) return [`${fragment.url}: indexed, but not a page of the site.`];
      byUrl.delete(fragment.url);
      const file = path.join(recordsDir, `${fragment.id}${PAGE_RECORD_EXTENSION}`);
      // Records of all shards share one folder, named by Pagefind's id of the page (a hash of it).
      if (existsSync(file)) return [`${fragment.url}: Pagefind gave it the id of a page in another shard (${fragment.id}).`];
      const bytes = gzipSync(JSON.stringify(page.record), { level: 9 });
      writeFileSync(file, bytes);
      recordSizes.push(bytes.length);
      return [fragmentProblem(page, fragment)].filter((problem) => problem !== undefined);
    });
    for (const url of byUrl.keys()) problems.push(`${url}: not in the search index.`);
    rmSync(path.join(bundle, 'fragment'), { recursive: true, force: true });
    if (!options.first) {
      for (const name of readdirSync(bundle)) if (FIRST_SHARD_ONLY.test(name)) rmSync(path.join(bundle, name));
    } else {
      const script = path.join(bundle, 'pagefind.js');
      const quicker = withQuickerIndexWait(readFileSync(script, 'utf8'));
      if (quicker === undefined)
        console.warn(
          `${script}: this Pagefind's script waits for its index otherwise than src/lib/search/pagefind-script.ts expects; left as it is (searches that read several shards are slower).`,
        );
      else writeFileSync(script, quicker);
    }
    return { cacheTag: files.cacheTag, recordSizes, problems };
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind` (in shards of at most `shardPages`
 * pages, by default `SEARCH_SHARD_PAGES` or {@link DEFAULT_SHARD_PAGES}: src/lib/search/shards.ts)
 * and checks the result. Throws with a plain sentence when a page's stored text differs from the page.
 */
export async function buildSearchIndex(siteDir: string, options: { shardPages?: number } = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const maxPages = maxShardPages(options.shardPages === undefined ? undefined : String(options.shardPages));
  const listed = htmlFiles(siteDir);
  const files = listed.map(({ file }) => file);
  const large = new Set(listed.filter((entry) => entry.large).map(({ file }) => file));
  try {
    const pages: IndexedPage[] = [];
    // Recorded in the manifest; the index itself is in INDEX_LANGUAGE.
    let language: string | undefined;
    const add = ({ file, page }: PreparedMessage) => {
      if (!page) return;
      const url = pageUrl(file);
      language ??= page.language;
      const meta = { ...page.meta, [ANCHORS_FIELD]: JSON.stringify(page.anchors.map(({ id, label }) => [id, label])) };
      const date = page.meta['date'];
      pages.push({
        url,
        tokens: page.tokens,
        record: { url, content: page.content, meta },
        pagefindRecord: {
          url,
          content: page.tokens.join(' '),
          language: INDEX_LANGUAGE,
          meta: {},
          filters: page.filters,
          sort: { ...page.sort, ...dateSortKeys(date) },
        },
        filters: page.filters,
        date: date && /^\d{4}-\d{2}-\d{2}/u.test(date) ? date : undefined,
        large: large.has(file),
      });
    };
    // Pagefind's rule: once a page of the site marks its body with data-pagefind-body, pages without
    // one are not indexed. So first the marked pages; only a site that marks none is read again whole.
    await preparePages(siteDir, files, true, add);
    if (pages.length === 0) await preparePages(siteDir, files, false, add);
    if (pages.length === 0) throw new Error(`No page to index in ${siteDir}.`);

    const bundle = path.join(siteDir, 'pagefind');
    rmSync(bundle, { recursive: true, force: true });
    const records = path.join(bundle, PAGE_RECORD_DIR);
    const plan = planShards(
      pages.map((page) => ({ date: page.date, key: page.url, late: page.large })),
      maxPages,
    );
    const shards: ShardInfo[] = [];
    const recordSizes: number[] = [];
    const problems: string[] = [];
    // The first shard is the bundle folder itself, so it is written first; the others go into its subfolders.
    for (const [at, shard] of plan.entries()) {
      const shardPages = shard.pages.map((position) => pages[position]!);
      const folder = shardFolder(at);
      const written = await writeShard(shardPages, path.join(bundle, folder), records, {
        first: at === 0,
        chunkSize: shard.dated ? undefined : UNDATED_CHUNK_SIZE,
      });
      recordSizes.push(...written.recordSizes);
      problems.push(...written.problems);
      shards.push({
        folder,
        cacheTag: written.cacheTag,
        pages: shardPages.length,
        dated: shard.dated,
        filters: countFilters(shardPages.map((page) => page.filters)),
      });
    }
    if (problems.length > 0)
      throw new Error(`The search index does not match the pages, so exact search would not be reliable:\n${problems.slice(0, 10).join('\n')}`);
    const manifest: ExactIndexManifest = { format: EXACT_INDEX_FORMAT, language: language ?? 'unknown', pages: pages.length, shards };
    writeFileSync(path.join(bundle, EXACT_INDEX_FILE), JSON.stringify(manifest));
    writeIndexFiles(siteDir, bundle, manifest);

    const tokens = pages.reduce((total, page) => total + page.tokens.length, 0);
    const recordSummary = { bytes: recordSizes.reduce((total, size) => total + size, 0), largest: Math.max(0, ...recordSizes), count: recordSizes.length };
    return {
      pages: pages.length,
      shards: shards.length,
      tokens,
      bytes: directoryBytes(bundle),
      records: recordSummary,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const siteDir = path.resolve(process.argv[2] ?? 'dist');
  if (!existsSync(siteDir)) {
    console.error(`No built site at ${siteDir}: run astro build first.`);
    process.exit(1);
  }
  try {
    const report = await buildSearchIndex(siteDir);
    const { records } = report;
    console.log(
      `Search index: ${report.pages} pages in ${report.shards} ${report.shards === 1 ? 'index' : 'shards'}, ${report.tokens} extra index words, ${(report.bytes / 1024).toFixed(0)} KB (page records ${(records.bytes / 1024).toFixed(0)} KB, ${(records.bytes / Math.max(1, records.count) / 1024).toFixed(1)} KB each on average, largest ${(records.largest / 1024).toFixed(0)} KB), checked in ${report.seconds.toFixed(1)} s.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
