// `npm run bench`: builds synthetic corpora of several sizes and prints a table of figures.
// It measures, it does not assert. Sizes: BENCH_SIZES=5,200,1000 (default) — 5000 takes long on 2 cores.
// BENCH_RUNS=3 builds each size three times (full and plain in turn) and reports medians: a single
// run's ratio moves by several tenths on a shared machine.
// BENCH_SEARCH_ONLY=1 measures only search, on the sites an earlier run built (bench-results/corpus-N/dist);
// with BENCH_REINDEX=1 it first rebuilds their search index with the current scripts/search-index.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { clearBuild, generateBaseline, generateCorpus } from './bench/corpus.ts';
import { benchSearch, SEARCH_BUDGET, SEARCH_QUERIES, searchBudgetProblems, type SearchBenchQuery } from './bench/search.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { pageWeights, type PageWeight } from './bench/page-weight.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench-results');
const BIN = path.join(ROOT, 'node_modules/.bin');
const sizes = (process.env['BENCH_SIZES'] ?? '5,200,1000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
/** Full and plain builds of each size, in turn; figures are medians over the runs. */
const runs = Math.max(1, Math.floor(Number(process.env['BENCH_RUNS'] ?? '1')) || 1);
const searchOnly = process.env['BENCH_SEARCH_ONLY'] === '1';
const reindex = process.env['BENCH_REINDEX'] === '1';

/** Runs a command, returning wall seconds and peak resident memory (MiB) of the largest process. */
function measure(command: string, args: string[], cwd: string): { seconds: number; peakMiB: number | undefined; ok: boolean; output: string } {
  const timeBinary = '/usr/bin/time';
  const useTime = existsSync(timeBinary);
  const started = performance.now();
  const result = useTime
    ? spawnSync(timeBinary, ['-f', '__PEAK_KB__%M', command, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${BIN}:${process.env['PATH']}`, SITE_AS_OF: '2023-12-31', ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 1 << 28,
      })
    : spawnSync(command, args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${BIN}:${process.env['PATH']}`, SITE_AS_OF: '2023-12-31', ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 1 << 28,
      });
  const seconds = (performance.now() - started) / 1000;
  const peak = /__PEAK_KB__(\d+)/u.exec(result.stderr ?? '')?.[1];
  return { seconds, peakMiB: peak ? Number(peak) / 1024 : undefined, ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

type Measured = ReturnType<typeof measure>;

/** A measurement that succeeded; otherwise prints the end of the command's output and stops. */
function measured(what: string, result: Measured): Measured {
  if (!result.ok) {
    console.error(result.output.slice(-4000));
    throw new Error(`${what} failed`);
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function directorySize(directory: string): number {
  if (!existsSync(directory)) return 0;
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: string[][] = [];
const timings: Array<{ size: number; seconds: number }> = [];
const ratios = new Map<number, number>();
let weights: Array<[string, PageWeight]> = [];
const searches: Array<{ size: number; figures: SearchBenchQuery[] | undefined }> = [];
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

for (const size of sizes) {
  if (searchOnly) {
    const dist = path.join(WORK, `corpus-${size}`, 'dist');
    if (!existsSync(path.join(dist, 'pagefind'))) throw new Error(`BENCH_SEARCH_ONLY: no built site at ${dist}; run the bench once without it.`);
    if (reindex)
      measured(`search index of ${size} notices`, measure(path.join(BIN, 'node'), [path.join(ROOT, 'scripts/search-index.ts'), 'dist'], path.dirname(dist)));
    searches.push({
      size,
      figures: existsSync(CHROMIUM) ? (await benchSearch(dist, { queries: SEARCH_QUERIES, runs, chromiumPath: CHROMIUM })).queries : undefined,
    });
    continue;
  }
  const corpus = generateCorpus(size, path.join(WORK, `corpus-${size}`));
  const baseline = generateBaseline(corpus, path.join(WORK, `baseline-${size}`));
  // Full and plain builds in turn, each from a clean output and empty caches; the ratio is taken run
  // by run, so that the machine drifting between runs moves both builds of a pair alike.
  const pairs: Array<{ site: Measured; index: Measured; plain: Measured }> = [];
  for (let run = 0; run < runs; run += 1) {
    clearBuild(corpus);
    const site = measured(`build of ${size} notices`, measure(path.join(BIN, 'astro'), ['build'], corpus));
    const index = measured(`search index of ${size} notices`, measure(path.join(BIN, 'node'), [path.join(ROOT, 'scripts/search-index.ts'), 'dist'], corpus));
    clearBuild(baseline);
    const plain = measured(`plain build of ${size} notices`, measure(path.join(BIN, 'astro'), ['build'], baseline));
    pairs.push({ site, index, plain });
  }
  const full = median(pairs.map(({ site, index }) => site.seconds + index.seconds));
  const plainSeconds = median(pairs.map(({ plain }) => plain.seconds));
  const pairRatios = pairs.map(({ site, index, plain }) => (site.seconds + index.seconds) / plain.seconds);
  const ratio = median(pairRatios);
  timings.push({ size, seconds: full });
  ratios.set(size, ratio);
  const peak = (values: Array<number | undefined>) =>
    values.some((value) => value === undefined) ? 'n/a' : `${Math.max(...(values as number[])).toFixed(0)} MiB`;
  const dist = path.join(corpus, 'dist');
  const pagefindBytes = directorySize(path.join(dist, 'pagefind'));
  rows.push([
    String(size),
    `${full.toFixed(1)} s`,
    `${median(pairs.map(({ site }) => site.seconds)).toFixed(1)} s`,
    `${median(pairs.map(({ index }) => index.seconds)).toFixed(1)} s`,
    peak(pairs.flatMap(({ site, index }) => [site.peakMiB, index.peakMiB])),
    `${plainSeconds.toFixed(1)} s`,
    peak(pairs.map(({ plain }) => plain.peakMiB)),
    runs === 1 ? `${ratio.toFixed(2)}×` : `${ratio.toFixed(2)}× (${Math.min(...pairRatios).toFixed(2)}–${Math.max(...pairRatios).toFixed(2)})`,
    kb(pagefindBytes),
  ]);
  searches.push({
    size,
    figures: existsSync(CHROMIUM) ? (await benchSearch(dist, { queries: SEARCH_QUERIES, runs: 1, chromiumPath: CHROMIUM })).queries : undefined,
  });
  if (size === sizes[0]) {
    const firstNotice = readdirSync(path.join(dist, 'notices')).find(
      (name) => existsSync(path.join(dist, 'notices', name, 'index.html')) && !['region', 'year'].includes(name),
    );
    const pages: Array<[string, string]> = [
      ['home', 'index.html'],
      ['notice', `notices/${firstNotice}/index.html`],
      ['task list', 'tasks/index.html'],
      ['unit', `units/${readdirSync(path.join(dist, 'units')).find((name) => statSync(path.join(dist, 'units', name)).isDirectory())}/index.html`],
      ['data', 'data/index.html'],
      ['search', 'search/index.html'],
      ['dashboard', 'dashboard/index.html'],
    ];
    const present = pages.filter(([, page]) => existsSync(path.join(dist, page)));
    const measured = await pageWeights(
      dist,
      present.map(([, page]) => page),
    );
    weights = present.map(([name], index) => [name, measured[index]!]);
  }
}

if (!searchOnly) {
  console.log(
    `\nFull build (Astro pages + Pagefind index) against a plain Astro build of the same MDX files${runs > 1 ? ` — medians of ${runs} cold builds each; the ratio's range over the pairs in brackets` : ', one cold build each'}\n`,
  );
  const header = ['notices', 'full build', 'pages', 'search index', 'peak memory', 'plain Astro', 'plain peak', 'ratio', 'index size'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  if (timings.length >= 2) {
    const [first, last] = [timings[0]!, timings.at(-1)!];
    const perNotice = timings.map(({ size, seconds }) => `${size}: ${((seconds / size) * 1000).toFixed(0)} ms`);
    const growth = (last.seconds - first.seconds) / (last.size - first.size);
    const predicted = first.seconds + growth * (last.size - first.size);
    const middle = timings.slice(1, -1).map(({ size, seconds }) => Math.abs(seconds - (first.seconds + growth * (size - first.size))) / seconds);
    console.log(`\nTime per notice — ${perNotice.join(', ')}; marginal cost ${(growth * 1000).toFixed(0)} ms per notice.`);
    console.log(
      middle.length === 0
        ? `Linear fit through ${first.size} and ${last.size} notices: ${predicted.toFixed(1)} s predicted and measured.`
        : `Growth is ${middle.every((error) => error < 0.2) ? '' : 'not '}linear within 20 % (largest deviation of intermediate sizes from the straight line: ${(Math.max(...middle) * 100).toFixed(0)} %).`,
    );
  }

  if (weights.length > 0) {
    console.log(
      `\nPage weight (gzip; JavaScript counts every statically imported module) for ${sizes[0]} notices — budgets: notice page without chart ≤ 15 KB JS, chart page ≤ 40 KB JS`,
    );
    for (const [name, weight] of weights)
      console.log(
        `${name.padEnd(10)} JS ${kb(weight.js).padStart(9)}   HTML ${kb(weight.html).padStart(9)}   CSS ${kb(weight.css).padStart(8)}   total ${kb(weight.total).padStart(9)}`,
      );
  }
}
const kbInt = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `\nFirst search in a fresh browser, per query: gzip bytes and requests until the first results are in place (${runs > 1 ? `median of ${runs} runs` : 'one run'}), and the time to them — budget ≤ ${kbInt(SEARCH_BUDGET.bytes)}, ≤ ${SEARCH_BUDGET.requests} requests, ≤ ${SEARCH_BUDGET.ms} ms`,
);
for (const { size, figures } of searches) {
  if (figures === undefined) {
    console.log(`${size} notices: no Chromium at ${CHROMIUM}, not measured`);
    continue;
  }
  for (const query of figures) {
    const problems = searchBudgetProblems(query);
    const shown = query.complete ? `${query.results} results` : `${query.results} results shown (至少; ${query.candidates} candidates)`;
    console.log(
      `${String(size).padEnd(6)} notices  ${query.query.padEnd(16)} ${kb(query.bytes.total.gzipBytes).padStart(9)} in ${String(query.bytes.total.requests).padStart(3)} requests (page records ${kb(query.bytes.fragments.gzipBytes)} in ${query.bytes.fragments.requests}), first results after ${query.timeToFirstResultMs.toFixed(0)} ms, ${shown} — ${problems.length === 0 ? 'met' : `missed (${problems.join(', ')})`}`,
    );
  }
}
if (searchOnly) process.exit(0);
const smallest = path.join(WORK, `corpus-${sizes[0]}`, 'dist');
const firstNotice = readdirSync(path.join(smallest, 'notices')).find(
  (name) => !['region', 'year'].includes(name) && existsSync(path.join(smallest, 'notices', name, 'index.html')),
);
const lighthouse = await lighthouseScores(smallest, ['/', `/notices/${firstNotice}/`, '/tasks/', `/search/?q=${encodeURIComponent('批而未供')}`]);
console.log(`\nLighthouse (${sizes[0]} notices, Debian Chromium)`);
for (const { path: page, scores } of lighthouse ?? []) {
  console.log(
    `${decodeURIComponent(page).padEnd(30)} performance ${scores.performance}  accessibility ${scores.accessibility}  best practices ${scores['best-practices']}  SEO ${scores.seo}`,
  );
}
if (!lighthouse) console.log('no Chromium at /usr/bin/chromium (set CHROME_PATH): not measured');
const ratioAt1000 = ratios.get(1000);
console.log(
  `\nBudget: a full build of 1,000 notices under 3× a plain Astro build of the same files — ${ratioAt1000 === undefined ? 'not measured (add 1000 to BENCH_SIZES)' : `${ratioAt1000.toFixed(2)}×: ${ratioAt1000 < 3 ? 'met' : 'missed'}`}.`,
);
const chartPage = weights.find(([name]) => name === 'dashboard')?.[1];
const noticePage = weights.find(([name]) => name === 'notice')?.[1];
if (noticePage) console.log(`Budget: notice page ≤ 15 KB JS — ${kb(noticePage.js)}: ${noticePage.js <= 15 * 1024 ? 'met' : 'missed'}.`);
if (chartPage) console.log(`Budget: chart page ≤ 40 KB JS — ${kb(chartPage.js)}: ${chartPage.js <= 40 * 1024 ? 'met' : 'missed'}.`);
