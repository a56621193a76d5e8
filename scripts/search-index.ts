// Builds the exact-search index of a built site: `node scripts/search-index.ts [siteDir]` (default dist).
// Replaces `pagefind --site`: it indexes the same pages with Pagefind (Node API), each page given as a
// prepared copy (src/lib/search/index-page.ts), then checks that what Pagefind stored for every page
// is exactly the page's text. Any difference fails the build, because search results would no longer
// be exactly the pages that contain the query.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { fragmentProblem, type StoredFragment } from '../src/lib/search/check-index.ts';
import { hasSearchBody, preparePage, type PreparedPage } from '../src/lib/search/index-page.ts';
import { EXACT_INDEX_FILE, EXACT_INDEX_FORMAT } from '../src/lib/search/index-format.ts';

export interface SearchIndexReport {
  pages: number;
  /** Extra index words over all pages (see src/lib/search/terms.ts). */
  tokens: number;
  /** Bytes of the written Pagefind bundle. */
  bytes: number;
  seconds: number;
}

/** HTML files of a built site, relative paths, without Pagefind's and Astro's asset folders. */
function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !/^(pagefind|_astro)\//u.test(file))
    .sort();
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

/** Reads the fragments Pagefind wrote (gzip of `pagefind_dcd` + JSON). */
function readFragments(bundle: string): StoredFragment[] {
  const folder = path.join(bundle, 'fragment');
  return readdirSync(folder).map((name) => {
    const bytes = gunzipSync(readFileSync(path.join(folder, name)));
    return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as StoredFragment;
  });
}

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind` and checks the result.
 * Throws with a plain sentence when a page's stored text differs from the page.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const files = htmlFiles(siteDir);
  const sources = files.map((file) => ({ file, html: readFileSync(path.join(siteDir, file), 'utf8') }));
  const bodyRequired = sources.some(({ html }) => hasSearchBody(html));
  const pages: Array<{ url: string; page: PreparedPage }> = [];
  for (const { file, html } of sources) {
    const page = preparePage(html, bodyRequired);
    if (page) pages.push({ url: pageUrl(file), page });
  }
  if (pages.length === 0) throw new Error(`No page to index in ${siteDir}.`);
  // One index for the whole site, in the language of its pages (the search page loads that one).
  const language = pages.find(({ page }) => page.language)?.page.language ?? 'unknown';

  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const { url, page } of pages) {
      const added = await index.addHTMLFile({ url, content: page.html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    }
    const bundle = path.join(siteDir, 'pagefind');
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);

    const byUrl = new Map(pages.map(({ url, page }) => [url, page]));
    const fragments = readFragments(bundle);
    const problems = fragments.flatMap((fragment) => {
      const page = byUrl.get(fragment.url);
      if (!page) return [`${fragment.url}: indexed, but not a page of the site.`];
      byUrl.delete(fragment.url);
      return [fragmentProblem(page, fragment)].filter((problem) => problem !== undefined);
    });
    for (const url of byUrl.keys()) problems.push(`${url}: not in the search index.`);
    if (problems.length > 0) throw new Error(`The search index does not match the pages, so exact search would not be reliable:\n${problems.slice(0, 10).join('\n')}`);

    const tokens = pages.reduce((total, { page }) => total + page.tokens.length, 0);
    writeFileSync(path.join(bundle, EXACT_INDEX_FILE), JSON.stringify({ format: EXACT_INDEX_FORMAT, language, pages: pages.length }));
    return { pages: pages.length, tokens, bytes: directoryBytes(bundle), seconds: (performance.now() - started) / 1000 };
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
    console.log(`Search index: ${report.pages} pages, ${report.tokens} extra index words, ${(report.bytes / 1024).toFixed(0)} KB, checked against the page texts in ${report.seconds.toFixed(1)} s.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
