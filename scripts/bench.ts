// `npm run bench`: builds synthetic corpora of several sizes (scripts/bench/corpus.ts) and prints, for
// each size, a table of figures with the budget each is held against and met/missed
// (scripts/bench/budgets.ts), then how the figures grow between sizes. It measures, it does not fail.
//
//   BENCH_SIZES=5,200,1000 (default)  sizes; 10000 works on a 2-core, 24 GiB machine but takes long
//   BENCH_RUNS=3                       full and plain builds of each size in turn, three times; medians
//   BENCH_LIGHTHOUSE=1 / =0            Lighthouse at every size / at none (default: sizes ≥ 1,000)
//   BENCH_REUSE=1                      no build: measure the sites an earlier run built under
//                                      bench-results/ (its build times and memory are read from there)
//   BENCH_SEARCH_ONLY=1                only the first searches, on sites an earlier run built; with
//                                      BENCH_REINDEX=1 their search index is rebuilt first with the
//                                      current scripts/search-index.ts, and with BENCH_SEARCH_PAGE=dir the
//                                      search page and its scripts are first copied in from a site built
//                                      by `npm run build` (they do not depend on the corpus)
import { CHROMIUM } from './chromium.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import {
  archiveVerdict,
  BUDGETS,
  buildRatioRow,
  count,
  distKindsRow,
  distRow,
  formatFigures,
  heaviestByType,
  kb,
  lighthouseRow,
  median,
  memoryGrowthRow,
  mib,
  pagePath,
  pageRow,
  peakMemoryProjectionRow,
  peakMemoryRow,
  size as bytesText,
  timePerNoticeRow,
  verdict,
  type FigureRow,
  type PageTypeWeight,
} from './bench/budgets.ts';
import { EXACT_INDEX_FILE, indexFilesOfEntry, withIndexFiles, type ExactIndexManifest } from '../src/lib/search/index-format.ts';
import { clearBuild, generateBaseline, generateCorpus } from './bench/corpus.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { pageWeights } from './bench/page-weight.ts';
import { benchSearch, SEARCH_BUDGET, SEARCH_QUERIES, searchBudgetProblems, type SearchBenchQuery } from './bench/search.ts';
import { fileSizes, folderTotals, htmlPageSizes } from './bench/site-figures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench-results');
const BIN = path.join(ROOT, 'node_modules/.bin');
const sizes = (process.env['BENCH_SIZES'] ?? '5,200,1000')
  .split(',')
  .map((value) => Number(value.trim().replace(/[_,]/gu, '')))
  .filter((value) => Number.isInteger(value) && value > 0);
/** Full and plain builds of each size, in turn; figures are medians over the runs. */
const runs = Math.max(1, Math.floor(Number(process.env['BENCH_RUNS'] ?? '1')) || 1);
const searchOnly = process.env['BENCH_SEARCH_ONLY'] === '1';
const reindex = process.env['BENCH_REINDEX'] === '1';
const reuse = process.env['BENCH_REUSE'] === '1';
const searchPageFrom = process.env['BENCH_SEARCH_PAGE'];
const lighthouseAt = (notices: number) =>
  process.env['BENCH_LIGHTHOUSE'] === '1' ? true : process.env['BENCH_LIGHTHOUSE'] === '0' ? false : notices >= BUDGETS.archiveFrom;
/** The query of the search page's Lighthouse run. */
const LIGHTHOUSE_QUERY = '批而未供';

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const stamp = () => `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${load()}`;

interface Measured {
  seconds: number;
  /** Peak resident memory of the largest process, MiB (undefined without GNU time). */
  peakMiB: number | undefined;
  ok: boolean;
  output: string;
}

/** Runs a command, returning wall seconds and peak resident memory of the largest process. */
function measure(command: string, args: string[], cwd: string): Measured {
  const timeBinary = '/usr/bin/time';
  const env = { ...process.env, PATH: `${BIN}:${process.env['PATH']}`, SITE_AS_OF: '2023-12-31', ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const result = existsSync(timeBinary)
    ? spawnSync(timeBinary, ['-f', '__PEAK_KB__%M', command, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /__PEAK_KB__(\d+)/u.exec(result.stderr ?? '')?.[1];
  return { seconds, peakMiB: peak ? Number(peak) / 1024 : undefined, ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** A measurement that succeeded (without its output); otherwise prints the end of the command's output and stops. */
function measured(what: string, result: Measured): Pick<Measured, 'seconds' | 'peakMiB'> {
  if (!result.ok) {
    console.error(result.output.slice(-4000));
    throw new Error(`${what} failed`);
  }
  return { seconds: result.seconds, peakMiB: result.peakMiB };
}

/** The build figures of one size, kept next to its corpus so that BENCH_REUSE=1 can print them. */
interface BuildFigures {
  notices: number;
  measured: string;
  /** Load average when the builds started and ended. */
  load: [string, string];
  runs: Array<Record<'pages' | 'index' | 'plain', Pick<Measured, 'seconds' | 'peakMiB'>>>;
}

const buildFiguresFile = (corpus: string) => path.join(corpus, 'bench-build.json');

function build(notices: number, corpus: string, baseline: string): BuildFigures {
  const started = stamp();
  const loadBefore = load();
  const pairs: BuildFigures['runs'] = [];
  // Full and plain builds in turn, each from a clean output and empty caches; the ratio is taken run
  // by run, so that the machine drifting between runs moves both builds of a pair alike.
  for (let run = 0; run < runs; run += 1) {
    clearBuild(corpus);
    const pages = measured(`build of ${notices} notices`, measure(path.join(BIN, 'astro'), ['build'], corpus));
    const index = measured(`search index of ${notices} notices`, measure(path.join(BIN, 'node'), [path.join(ROOT, 'scripts/search-index.ts'), 'dist'], corpus));
    clearBuild(baseline);
    const plain = measured(`plain build of ${notices} notices`, measure(path.join(BIN, 'astro'), ['build'], baseline));
    pairs.push({ pages, index, plain });
    console.error(
      `  ${count(notices)} notices, run ${run + 1}/${runs}: pages ${pages.seconds.toFixed(1)} s, index ${index.seconds.toFixed(1)} s, plain ${plain.seconds.toFixed(1)} s (load average ${load()})`,
    );
  }
  const figures: BuildFigures = { notices, measured: started, load: [loadBefore, load()], runs: pairs };
  writeFileSync(buildFiguresFile(corpus), `${JSON.stringify(figures, null, 2)}\n`);
  return figures;
}

function searchRows(notices: number, figures: SearchBenchQuery[] | undefined): FigureRow[] {
  const budget = `≤ ${SEARCH_BUDGET.bytes / 1024} KB, ≤ ${SEARCH_BUDGET.requests} requests, ≤ ${SEARCH_BUDGET.ms} ms`;
  if (figures === undefined) return [{ figure: 'first searches', measured: `not measured: no Chromium at ${CHROMIUM}`, budget, verdict: '—' }];
  return figures.map((query) => {
    const problems = searchBudgetProblems(query);
    const shown = query.complete ? `${query.results} results` : `至少 ${query.results} of ${query.candidates} candidates`;
    return {
      figure: `first search: ${query.query}`,
      measured: `${kb(query.bytes.total.gzipBytes)} in ${query.bytes.total.requests} requests (page records ${kb(query.bytes.fragments.gzipBytes)} in ${query.bytes.fragments.requests}), first results after ${query.timeToFirstResultMs.toFixed(0)} ms; ${shown}`,
      budget,
      ...archiveVerdict(notices, problems.length === 0),
      ...(notices >= BUDGETS.archiveFrom && problems.length > 0 ? { note: `(${problems.join(', ')})` } : {}),
    };
  });
}

/** Lighthouse on the heaviest page of every type but the 404 page; the search page with a query. */
async function lighthouseRows(dist: string, types: readonly PageTypeWeight[]): Promise<FigureRow[]> {
  const targets = types
    .filter(({ type }) => type !== '404')
    .map(({ type, heaviest }) => ({
      label: type,
      path: type === 'search' ? `${pagePath(heaviest.file)}?q=${encodeURIComponent(LIGHTHOUSE_QUERY)}` : pagePath(heaviest.file),
    }));
  const results = await lighthouseScores(
    dist,
    targets.map(({ path: page }) => page),
    (result) => console.error(`  Lighthouse ${decodeURIComponent(result.path)}: ${result.seconds.toFixed(0)} s (load average ${load()})`),
  );
  if (!results)
    return [
      {
        figure: 'Lighthouse',
        measured: `not measured: no Chromium at ${CHROMIUM} (set CHROME_PATH)`,
        budget: `≥ ${BUDGETS.lighthouseScore} in all four`,
        verdict: '—',
      },
    ];
  return results.map((result, index) =>
    lighthouseRow({ label: targets[index]!.label, path: result.path, scores: result.scores, error: result.error, seconds: result.seconds }),
  );
}

const perSize: Array<{ notices: number; seconds?: number; peak?: number; plainPeak?: number }> = [];

console.log(
  `npm run bench — sizes ${sizes.map(count).join(', ')}; ${searchOnly ? 'first searches only' : reuse ? 'sites built earlier (BENCH_REUSE=1)' : `${runs} cold build pair(s) per size`}; started ${stamp()}`,
);

for (const notices of sizes) {
  const corpus = path.join(WORK, `corpus-${notices}`);
  const baseline = path.join(WORK, `baseline-${notices}`);
  const dist = path.join(corpus, 'dist');
  const rows: FigureRow[] = [];

  if (searchOnly) {
    if (!existsSync(path.join(dist, 'pagefind'))) throw new Error(`BENCH_SEARCH_ONLY: no built site at ${dist}; run the bench once without it.`);
    if (searchPageFrom) {
      // The search page and the scripts it loads, from a site built with the current code.
      const from = path.resolve(ROOT, searchPageFrom);
      cpSync(path.join(from, 'search/index.html'), path.join(dist, 'search/index.html'));
      cpSync(path.join(from, '_astro'), path.join(dist, '_astro'), { recursive: true });
      // With the names of this corpus's index files, as its index step writes them (scripts/search-index.ts).
      const files = indexFilesOfEntry(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
      const manifest = JSON.parse(readFileSync(path.join(dist, 'pagefind', EXACT_INDEX_FILE), 'utf8')) as ExactIndexManifest;
      const page = files && withIndexFiles(readFileSync(path.join(dist, 'search/index.html'), 'utf8'), { ...files, manifest });
      if (page) writeFileSync(path.join(dist, 'search/index.html'), page);
    }
    if (reindex) {
      const index = measured(
        `search index of ${notices} notices`,
        measure(path.join(BIN, 'node'), [path.join(ROOT, 'scripts/search-index.ts'), 'dist'], corpus),
      );
      rows.push({
        figure: 'search index rebuilt',
        measured: `${index.seconds.toFixed(1)} s${index.peakMiB === undefined ? '' : `, peak ${mib(index.peakMiB * 2 ** 20)}`}`,
        budget: '',
        verdict: '—',
      });
    }
    const started = stamp();
    const search = existsSync(CHROMIUM) ? (await benchSearch(dist, { queries: SEARCH_QUERIES, runs, chromiumPath: CHROMIUM })).queries : undefined;
    rows.push(...searchRows(notices, search));
    console.log(
      `\n${count(notices)} notices — first searches in a fresh browser (${runs > 1 ? `medians of ${runs} runs` : 'one run'}; bytes and requests until the first results are in place), from ${started} to load average ${load()}\n`,
    );
    console.log(formatFigures(rows));
    continue;
  }

  let figures: BuildFigures | undefined;
  if (reuse) {
    if (!existsSync(path.join(dist, 'pagefind'))) throw new Error(`BENCH_REUSE: no built site at ${dist}; run the bench once without it.`);
    figures = existsSync(buildFiguresFile(corpus)) ? (JSON.parse(readFileSync(buildFiguresFile(corpus), 'utf8')) as BuildFigures) : undefined;
  } else {
    generateCorpus(notices, corpus);
    generateBaseline(corpus, baseline);
    figures = build(notices, corpus, baseline);
  }

  let heading = `${count(notices)} notices`;
  if (figures) {
    const full = median(figures.runs.map(({ pages, index }) => pages.seconds + index.seconds));
    const plain = median(figures.runs.map(({ plain: run }) => run.seconds));
    const peakOf = (values: Array<number | undefined>) =>
      values.some((value) => value === undefined) ? undefined : Math.max(...(values as number[])) * 2 ** 20;
    const peak = {
      pages: peakOf(figures.runs.map(({ pages }) => pages.peakMiB)),
      index: peakOf(figures.runs.map(({ index }) => index.peakMiB)),
      plain: peakOf(figures.runs.map(({ plain: run }) => run.peakMiB)),
    };
    heading += ` — ${figures.runs.length === 1 ? 'one cold build' : `medians of ${figures.runs.length} cold builds`} each, full and plain in turn, ${figures.measured} (load average ${figures.load[1]} at the end)`;
    rows.push(
      {
        figure: 'build time: full (pages + search index)',
        measured: `${full.toFixed(1)} s (pages ${median(figures.runs.map(({ pages }) => pages.seconds)).toFixed(1)} s, search index ${median(figures.runs.map(({ index }) => index.seconds)).toFixed(1)} s); ${((full / notices) * 1000).toFixed(1)} ms per notice`,
        budget: '',
        verdict: '—',
      },
      { figure: 'build time: plain Astro, same MDX', measured: `${plain.toFixed(1)} s`, budget: '', verdict: '—' },
      buildRatioRow(
        notices,
        figures.runs.map(({ pages, index, plain: run }) => (pages.seconds + index.seconds) / run.seconds),
      ),
      peakMemoryRow(notices, peak),
    );
    perSize.push({
      notices,
      seconds: full,
      ...(peak.pages !== undefined && peak.index !== undefined ? { peak: Math.max(peak.pages, peak.index) } : {}),
      ...(peak.plain !== undefined ? { plainPeak: peak.plain } : {}),
    });
  } else {
    heading += ' — built earlier; no build figures recorded';
    perSize.push({ notices });
  }

  rows.push(distRow(notices, folderTotals(dist), folderTotals(path.join(baseline, 'dist'))));
  rows.push(distKindsRow(notices, fileSizes(dist)));
  rows.push({ figure: 'search index (dist/pagefind)', measured: bytesText(folderTotals(path.join(dist, 'pagefind')).bytes), budget: '', verdict: '—' });

  const types = heaviestByType(htmlPageSizes(dist));
  rows.push(...types.map(pageRow));

  // JavaScript before search is used: the heaviest notice page (no chart budget) and the dashboard (charts).
  const notice = types.find(({ type }) => type === 'notice');
  const dashboard = types.find(({ type }) => type === 'dashboard');
  const jsPages = [notice, dashboard].filter((type) => type !== undefined);
  const js = await pageWeights(
    dist,
    jsPages.map(({ heaviest }) => heaviest.file),
  );
  jsPages.forEach((type, index) => {
    const limit = type.type === 'notice' ? BUDGETS.noticeJsBytes : BUDGETS.chartPageJsBytes;
    rows.push({
      figure: `JavaScript: ${type.type}`,
      measured: `${kb(js[index]!.js)} gzip, ${pagePath(type.heaviest.file)}`,
      budget: `≤ ${kb(limit)}`,
      verdict: verdict(js[index]!.js <= limit),
    });
  });

  rows.push(
    ...searchRows(notices, existsSync(CHROMIUM) ? (await benchSearch(dist, { queries: SEARCH_QUERIES, runs, chromiumPath: CHROMIUM })).queries : undefined),
  );
  if (lighthouseAt(notices)) rows.push(...(await lighthouseRows(dist, types)));
  else
    rows.push({
      figure: 'Lighthouse',
      measured: 'not run',
      budget: `≥ ${BUDGETS.lighthouseScore} in all four`,
      verdict: '—',
      note: `(runs at ${count(BUDGETS.archiveFrom)}+ notices, or with BENCH_LIGHTHOUSE=1)`,
    });

  console.log(`\n${heading}; measured until load average ${load()}\n`);
  console.log(formatFigures(rows));
}

if (!searchOnly) {
  const timed = perSize.filter((point) => point.seconds !== undefined).map(({ notices, seconds }) => ({ notices, value: seconds! }));
  const peaks = perSize.filter((point) => point.peak !== undefined).map(({ notices, peak }) => ({ notices, value: peak! }));
  const plainPeaks = perSize.filter((point) => point.plainPeak !== undefined).map(({ notices, plainPeak }) => ({ notices, value: plainPeak! }));
  const across = [timePerNoticeRow(timed), memoryGrowthRow(peaks, plainPeaks), peakMemoryProjectionRow(peaks)].filter((row) => row !== undefined);
  if (across.length > 0) {
    console.log(`\nAcross sizes (${sizes.map(count).join(', ')} notices)\n`);
    console.log(formatFigures(across));
  }
}
console.log(`\nDone ${stamp()}.`);
