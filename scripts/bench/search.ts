// Search benchmark: what a reader's first search costs on a built site. For each query, a fresh
// browser (empty cache) opens /search/?q=…; we count the bytes of every request made until the results
// are in place (the first screen of them: more load on request), and the time from navigation to them. Used by `npm run bench:search`
// (scripts/bench/search-cli.ts) and meant to be called from the overall bench.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

/**
 * The first searches the budget is about (issue 14), on the synthetic corpora (copies of the real
 * notices): a phrase on almost every page, a name from one roster, a document number typed with []
 * instead of 〔〕, and a phrase on no page.
 */
export const SEARCH_QUERIES = ['批而未供', '卢正中', '安政办发[2022]50号', '乡村振兴战略'];
/** A first search transfers at most this much (gzip) in at most this many requests, and shows results within this time. */
export const SEARCH_BUDGET = { bytes: 150 * 1024, requests: 30, ms: 500 };

/** What a measured query exceeds of {@link SEARCH_BUDGET}, as short phrases (empty when within it). */
export function searchBudgetProblems(query: SearchBenchQuery): string[] {
  const problems: string[] = [];
  if (query.bytes.total.gzipBytes > SEARCH_BUDGET.bytes)
    problems.push(`${(query.bytes.total.gzipBytes / 1024).toFixed(0)} KB > ${SEARCH_BUDGET.bytes / 1024} KB`);
  if (query.bytes.total.requests > SEARCH_BUDGET.requests) problems.push(`${query.bytes.total.requests} requests > ${SEARCH_BUDGET.requests}`);
  if (!(query.timeToFirstResultMs <= SEARCH_BUDGET.ms)) problems.push(`${query.timeToFirstResultMs.toFixed(0)} ms > ${SEARCH_BUDGET.ms} ms`);
  return problems;
}

export interface SearchBenchOptions {
  /** Queries to run; by default three taken from the site (a document number, a 4- and a 2-character run). */
  queries?: string[];
  /** Cold-cache runs per query; the figures are medians. Default 3. */
  runs?: number;
  /** Chromium binary; default CHROMIUM_PATH or /usr/bin/chromium. */
  chromiumPath?: string;
}

/** Bytes of one kind of request during a first search. */
export interface ByteCount {
  requests: number;
  /** Bytes as served by the bench's static server (no HTTP compression). */
  bytes: number;
  /** Bytes with gzip on text responses, as a typical static host serves them (Pagefind's index files are already gzipped). */
  gzipBytes: number;
}

export interface SearchBenchQuery {
  query: string;
  /** Pages shown by the first search. */
  results: number;
  /** Whether every candidate page was checked (the count is exact), else the count is a lower bound. */
  complete: boolean;
  /** Candidate pages Pagefind returned. */
  candidates: number;
  /** Median over runs: milliseconds from navigation start to the first results on screen. */
  timeToFirstResultMs: number;
  /** Median over runs: milliseconds from navigation start until the first search's list is in place (not the filter menus' counts, which load after it). */
  timeToAllResultsMs: number;
  /** Everything the first search transferred (from the median run by bytes), by kind. */
  bytes: Record<'page' | 'pagefindRuntime' | 'indexChunks' | 'filterChunks' | 'fragments' | 'total', ByteCount>;
}

export interface SearchBenchResult {
  siteDir: string;
  pages: number;
  queries: SearchBenchQuery[];
}

type Kind = Exclude<keyof SearchBenchQuery['bytes'], 'total'>;

function kindOf(url: string): Kind {
  const { pathname } = new URL(url);
  if (pathname.endsWith('.pf_index')) return 'indexChunks';
  if (pathname.endsWith('.pf_filter')) return 'filterChunks';
  if (pathname.endsWith('.pf_fragment') || pathname.endsWith('.pf_page')) return 'fragments';
  if (pathname.includes('/pagefind/')) return 'pagefindRuntime';
  return 'page';
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Three queries taken from the site itself, so the bench works on any corpus. */
export function defaultQueries(siteDir: string): string[] {
  const noticesDir = path.join(siteDir, 'notices');
  const first = readdirSync(noticesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['region', 'year'].includes(entry.name))
    .map((entry) => path.join(noticesDir, entry.name, 'index.html'))
    .sort()[0];
  if (!first) throw new Error(`No notice page in ${siteDir}`);
  const html = readFileSync(first, 'utf8');
  const docNumber = /data-notice-doc-number="([^"]+)"/u.exec(html)?.[1] ?? '';
  const text = (/<section class="notice-text"[^>]*>([\s\S]*?)<\/section>/u.exec(html)?.[1] ?? html).replace(/<[^>]+>/gu, '');
  const runs = [...text.matchAll(/\p{Script=Han}{4,}/gu)].map((match) => match[0]);
  const middle = runs[Math.floor(runs.length / 2)] ?? '通知';
  return [docNumber.replace('〔', '[').replace('〕', ']'), middle.slice(0, 4), middle.slice(1, 3)].filter(Boolean);
}

/** Runs the search benchmark against a built site directory (with its search index). */
export async function benchSearch(siteDir: string, options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const runs = options.runs ?? 3;
  const queries = options.queries ?? defaultQueries(siteDir);
  const manifest = JSON.parse(readFileSync(path.join(siteDir, 'pagefind/exact-search.json'), 'utf8')) as { pages: number };
  const { server, url } = await serveStatic(siteDir);
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const results: SearchBenchQuery[] = [];
    for (const query of queries) {
      const samples: Array<{ first: number; all: number; results: number; complete: boolean; candidates: number; bytes: SearchBenchQuery['bytes'] }> = [];
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ locale: 'zh-CN' });
        const page = await context.newPage();
        const responses: Array<{ response: Response; started: number }> = [];
        page.on('response', (response) => responses.push({ response, started: response.request().timing().startTime }));
        await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(
          (q) => {
            const list = document.getElementById('search-results');
            return list?.getAttribute('aria-busy') === 'false' && list.dataset['query'] === q;
          },
          query,
          { timeout: 120_000 },
        );
        const timing = await page.evaluate(() => ({
          origin: performance.timeOrigin,
          // Set by the search page: first results shown, and the final list in place.
          first: performance.getEntriesByName('search:first-result')[0]?.startTime ?? Number.NaN,
          done: performance.getEntriesByName('search:results')[0]?.startTime ?? Number.NaN,
          count: Number(document.getElementById('search-results')?.dataset['count'] ?? 0),
          complete: document.getElementById('search-results')?.dataset['complete'] === 'true',
          candidates: Number(document.getElementById('search-results')?.dataset['candidates'] ?? 0),
        }));
        // Requests started before the results were in place (later ones, e.g. filter menus, are not the search).
        const bytes = Object.fromEntries(
          (['page', 'pagefindRuntime', 'indexChunks', 'filterChunks', 'fragments', 'total'] as const).map((kind) => [
            kind,
            { requests: 0, bytes: 0, gzipBytes: 0 },
          ]),
        ) as SearchBenchQuery['bytes'];
        for (const { response, started } of responses) {
          if (started > timing.origin + timing.done) continue;
          const body = await response.body().catch(() => Buffer.alloc(0));
          const type = response.headers()['content-type'] ?? '';
          const gzip = /text|javascript|json|xml|svg/u.test(type) ? gzipSync(body).length : body.length;
          for (const kind of [kindOf(response.url()), 'total'] as const) {
            bytes[kind].requests += 1;
            bytes[kind].bytes += body.length;
            bytes[kind].gzipBytes += gzip;
          }
        }
        samples.push({ first: timing.first, all: timing.done, results: timing.count, complete: timing.complete, candidates: timing.candidates, bytes });
        await context.close();
      }
      const byBytes = [...samples].sort((a, b) => a.bytes.total.gzipBytes - b.bytes.total.gzipBytes);
      results.push({
        query,
        results: samples[0]?.results ?? 0,
        complete: samples[0]?.complete ?? false,
        candidates: samples[0]?.candidates ?? 0,
        timeToFirstResultMs: median(samples.map((sample) => sample.first)),
        timeToAllResultsMs: median(samples.map((sample) => sample.all)),
        bytes: byBytes[Math.floor((byBytes.length - 1) / 2)]!.bytes,
      });
    }
    return { siteDir, pages: manifest.pages, queries: results };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The figures as a small table for a terminal. */
export function formatSearchBench(result: SearchBenchResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `First search on a cold cache (${result.pages} indexed pages; bytes until the first results are in place, gzip as a static host serves them; "fragments" are the page records checked and shown)`,
    '',
  ];
  const header = ['query', 'results', 'first result', 'results in place', 'requests', 'total', 'pagefind runtime', 'index', 'filters', 'fragments', 'page'];
  const rows = result.queries.map((q) => [
    q.query,
    q.complete ? String(q.results) : `≥${q.results} of ${q.candidates}`,
    `${q.timeToFirstResultMs.toFixed(0)} ms`,
    `${q.timeToAllResultsMs.toFixed(0)} ms`,
    String(q.bytes.total.requests),
    kb(q.bytes.total.gzipBytes),
    kb(q.bytes.pagefindRuntime.gzipBytes),
    kb(q.bytes.indexChunks.gzipBytes),
    kb(q.bytes.filterChunks.gzipBytes),
    `${kb(q.bytes.fragments.gzipBytes)} (${q.bytes.fragments.requests})`,
    kb(q.bytes.page.gzipBytes),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  lines.push(line(header), ...rows.map(line));
  return lines.join('\n');
}
