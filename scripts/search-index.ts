// Builds the exact-search index of a built site: `node scripts/search-index.ts [siteDir]` (default dist).
// Replaces `pagefind --site`: it indexes the same pages with Pagefind (Node API), each page given as a
// record of its extra index words (its character pairs, src/lib/search/terms.ts), filters and sort keys
// (src/lib/search/index-page.ts, made in worker threads), then checks that Pagefind indexed exactly
// those words for every page: any difference fails the build, because a page containing a query could
// then be missed. It writes the page records the search page reads (text, metadata, clause anchors)
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
  type PageRecord,
} from '../src/lib/search/index-format.ts';
import type { PrepareJob, PreparedMessage } from './search-index/prepare-worker.ts';

/** What the check and the page record need of a prepared page. */
type PreparedSummary = Pick<PreparedPage, 'tokens'> & { record: PageRecord };

export interface SearchIndexReport {
  pages: number;
  /** Extra index words over all pages (see src/lib/search/terms.ts). */
  tokens: number;
  /** Bytes of the written Pagefind bundle (with the page records). */
  bytes: number;
  /** Bytes of the page records (gzip), the largest one, and their count. */
  records: { bytes: number; largest: number; count: number };
  seconds: number;
}

/** HTML files larger than this are indexed after all others (see htmlFiles). */
const LARGE_PAGE_BYTES = 1 << 20;

/**
 * HTML files of a built site, relative paths, without Pagefind's and Astro's asset folders, in the
 * order they are indexed: by path, but files over {@link LARGE_PAGE_BYTES} last, smallest first.
 * Every page has each index word once, so Pagefind ranks the candidates of a query in this order;
 * the site-wide lists (all tasks, all people: hundreds of KB of page record at 1,000 notices) then
 * come after the notices and units, so that a first search does not spend its bytes on them.
 */
function htmlFiles(siteDir: string): string[] {
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !/^(pagefind|_astro)\//u.test(file))
    .map((file) => ({ file, bytes: statSync(path.join(siteDir, file)).size }));
  const large = (bytes: number) => bytes > LARGE_PAGE_BYTES;
  return files
    .sort(
      (a, b) => Number(large(a.bytes)) - Number(large(b.bytes)) || (large(a.bytes) ? a.bytes - b.bytes : 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    )
    .map(({ file }) => file);
}

/** The search page, which preloads the index files every search loads first (index-format.ts, IndexFiles). */
const SEARCH_PAGE = 'search/index.html';

/**
 * Writes the names of the index files every search loads first (Pagefind's meta file, named after
 * the index's hash, and its cache tag) into the search page, which has no other way to know them
 * before Pagefind has fetched its entry file. A site without a search page is left as it is.
 */
function writeIndexFiles(siteDir: string, bundle: string): void {
  const page = path.join(siteDir, SEARCH_PAGE);
  if (!existsSync(page)) return;
  const files = indexFilesOfEntry(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
  if (!files || !existsSync(path.join(bundle, files.meta)))
    throw new Error(`Pagefind did not write the meta file of its ${INDEX_LANGUAGE} index, which the search page preloads (src/lib/search/index-format.ts).`);
  const html = withIndexFiles(readFileSync(page, 'utf8'), files);
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
 * every page before it are ready, in the order of `files`: Pagefind numbers pages in the order they
 * are added, and sorted pages keep its postings compact (a third smaller index than random order).
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

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind` and checks the result.
 * Throws with a plain sentence when a page's stored text differs from the page.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const files = htmlFiles(siteDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = new Map<string, PreparedSummary>();
    const adding: Array<Promise<string[]>> = [];
    // Recorded in the manifest; the index itself is in INDEX_LANGUAGE.
    let language: string | undefined;
    // Pagefind indexes in its own process: hand it each page as soon as a worker has prepared it.
    const add = ({ file, page }: PreparedMessage) => {
      if (!page) return;
      const url = pageUrl(file);
      language ??= page.language;
      const meta = { ...page.meta, [ANCHORS_FIELD]: JSON.stringify(page.anchors.map(({ id, label }) => [id, label])) };
      pages.set(url, { tokens: page.tokens, record: { url, content: page.content, meta } });
      // Pagefind gets only what it searches: the index words (their order does not matter), filters and sort keys.
      const record = {
        url,
        content: page.tokens.join(' '),
        language: INDEX_LANGUAGE,
        meta: {},
        filters: page.filters,
        sort: { ...page.sort, ...dateSortKeys(page.meta['date']) },
      };
      adding.push(index.addCustomRecord(record).then((added) => added.errors.map((error) => `${url}: ${error}`)));
    };
    // Pagefind's rule: once a page of the site marks its body with data-pagefind-body, pages without
    // one are not indexed. So first the marked pages; only a site that marks none is read again whole.
    await preparePages(siteDir, files, true, add);
    if (pages.size === 0) await preparePages(siteDir, files, false, add);
    const failed = (await Promise.all(adding)).flat();
    if (failed.length > 0) throw new Error(`Pagefind could not index some pages: ${failed.slice(0, 10).join('; ')}`);
    if (pages.size === 0) throw new Error(`No page to index in ${siteDir}.`);
    const bundle = path.join(siteDir, 'pagefind');
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    if (!existsSync(path.join(bundle, PAGEFIND_WASM_FILE)))
      throw new Error(`Pagefind did not write ${PAGEFIND_WASM_FILE}, which the search page preloads (src/lib/search/index-format.ts).`);

    const byUrl = new Map(pages);
    const fragments = readFragments(bundle);
    const records = path.join(bundle, PAGE_RECORD_DIR);
    mkdirSync(records);
    const recordSizes: number[] = [];
    const problems = fragments.flatMap((fragment) => {
      const page = byUrl.get(fragment.url);
      if (!page) return [`${fragment.url}: indexed, but not a page of the site.`];
      byUrl.delete(fragment.url);
      const bytes = gzipSync(JSON.stringify(page.record), { level: 9 });
      writeFileSync(path.join(records, `${fragment.id}${PAGE_RECORD_EXTENSION}`), bytes);
      recordSizes.push(bytes.length);
      return [fragmentProblem(page, fragment)].filter((problem) => problem !== undefined);
    });
    for (const url of byUrl.keys()) problems.push(`${url}: not in the search index.`);
    if (problems.length > 0)
      throw new Error(`The search index does not match the pages, so exact search would not be reliable:\n${problems.slice(0, 10).join('\n')}`);
    rmSync(path.join(bundle, 'fragment'), { recursive: true, force: true });
    writeIndexFiles(siteDir, bundle);

    const tokens = [...pages.values()].reduce((total, page) => total + page.tokens.length, 0);
    writeFileSync(path.join(bundle, EXACT_INDEX_FILE), JSON.stringify({ format: EXACT_INDEX_FORMAT, language: language ?? 'unknown', pages: pages.size }));
    const recordSummary = { bytes: recordSizes.reduce((total, size) => total + size, 0), largest: Math.max(0, ...recordSizes), count: recordSizes.length };
    return { pages: pages.size, tokens, bytes: directoryBytes(bundle), records: recordSummary, seconds: (performance.now() - started) / 1000 };
  } finally {
    await index.deleteIndex();
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
      `Search index: ${report.pages} pages, ${report.tokens} extra index words, ${(report.bytes / 1024).toFixed(0)} KB (page records ${(records.bytes / 1024).toFixed(0)} KB, ${(records.bytes / Math.max(1, records.count) / 1024).toFixed(1)} KB each on average, largest ${(records.largest / 1024).toFixed(0)} KB), checked in ${report.seconds.toFixed(1)} s.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
