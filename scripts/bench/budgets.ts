// The budgets `npm run bench` holds its figures against (issues 14 and 15), and the pure helpers it
// uses for that: which page type a built HTML file is, the heaviest page of each type, growth between
// sizes, met/missed, and the tables it prints. No file system here: unit-tested in
// tests/unit/bench-budgets.test.ts.

const KB = 1024;
const MB = 1024 * KB;
const GiB = 1024 * MB;

export const BUDGETS = {
  /** Every page: gzip HTML and raw HTML. */
  pageGzipBytes: 150 * KB,
  pageRawBytes: 1.5 * MB,
  /** JavaScript a page ships before search is used (gzip, with its static imports). */
  noticeJsBytes: 15 * KB,
  chartPageJsBytes: 40 * KB,
  /** Lighthouse, each of the four categories, on the heaviest page of each type. */
  lighthouseScore: 90,
  /** The whole built site, on average per notice. */
  distBytesPerNotice: 100 * KB,
  distFilesPerNotice: 15,
  /** Peak build memory at 10,000 notices, and its growth at most plain Astro's. */
  peakMemoryBytes: 12 * GiB,
  peakMemoryAt: 10_000,
  /** Full build (pages + search index) against a plain Astro build of the same MDX, median of the runs. */
  buildRatio: 4,
  /**
   * Time per notice must not grow from 1,000 notices to the largest size. "Not growing" allows this
   * factor: on the shared two-core machine a single build's time moves by about a tenth between runs.
   */
  timePerNoticeGrowth: 1.1,
  /** Sizes below this are printed without a verdict for the figures that are about an archive (time, memory, output, search). */
  archiveFrom: 1000,
} as const;

export type Verdict = 'met' | 'missed' | '—';

/** One line of a bench table. */
export interface FigureRow {
  figure: string;
  measured: string;
  budget: string;
  verdict: Verdict;
  /** Why there is no verdict, or what else to know. */
  note?: string;
}

export const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'missed');

// ——— page types ———

/** Labels of the page types of the site, in the order the bench prints them; other pages get a pattern such as `tasks/*` (see {@link pageType}). */
export const PAGE_TYPES = [
  'home',
  'notice',
  'notice responsibilities',
  'notices by region',
  'notices by year',
  'notices by validity',
  'task list',
  'people',
  'units index',
  'unit page',
  'dashboard',
  'data page',
  'changes',
  'search',
  '404',
] as const;

const SINGLE_PAGES: Record<string, string> = {
  tasks: 'task list',
  people: 'people',
  units: 'units index',
  dashboard: 'dashboard',
  data: 'data page',
  changes: 'changes',
  search: 'search',
};
const NOTICE_LISTS = new Set(['region', 'year', 'validity']);

// The page type of a built HTML file (a path relative to the site folder, `/`-separated):
// `notices/x/index.html` is a notice, `units/x/index.html` a unit page, and so on. A page the site
// does not have yet (say, the task list split into `tasks/region/安泽县/`) gets the pattern of its
// path with every folder after the first replaced by `*` (`tasks/*/*`), so that new kinds of pages
// are weighed too, each pattern as one type.
export function pageType(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const parts = file.split('/');
  const folders = parts.at(-1) === 'index.html' ? parts.slice(0, -1) : [...parts.slice(0, -1), parts.at(-1)!.replace(/\.html$/u, '')];
  const [first, second, third] = folders;
  if (folders.length === 1 && first !== undefined && SINGLE_PAGES[first]) return SINGLE_PAGES[first];
  if (first === 'notices' && second !== undefined) {
    if (NOTICE_LISTS.has(second) && folders.length === 3) return `notices by ${second}`;
    if (!NOTICE_LISTS.has(second) && folders.length === 2) return 'notice';
    if (!NOTICE_LISTS.has(second) && folders.length === 3 && third === 'responsibilities') return 'notice responsibilities';
  }
  if (first === 'units' && folders.length === 2) return 'unit page';
  return folders.map((folder, index) => (index === 0 ? folder : '*')).join('/');
}

/** A built HTML page and its weight. */
export interface PageSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface PageTypeWeight {
  type: string;
  pages: number;
  /** The page of the type with the most gzip bytes, and the one with the most raw bytes (often the same). */
  heaviest: PageSize;
  largestRaw: PageSize;
}

/** The heaviest page of each type: known types in {@link PAGE_TYPES} order, then the others by name. */
export function heaviestByType(pages: Iterable<PageSize>): PageTypeWeight[] {
  const byType = new Map<string, PageTypeWeight>();
  for (const page of pages) {
    const type = pageType(page.file);
    const known = byType.get(type);
    if (!known) {
      byType.set(type, { type, pages: 1, heaviest: page, largestRaw: page });
      continue;
    }
    known.pages += 1;
    if (page.gzip > known.heaviest.gzip) known.heaviest = page;
    if (page.raw > known.largestRaw.raw) known.largestRaw = page;
  }
  const order = (type: string) => {
    const index = (PAGE_TYPES as readonly string[]).indexOf(type);
    return index === -1 ? PAGE_TYPES.length : index;
  };
  return [...byType.values()].sort((a, b) => order(a.type) - order(b.type) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** The URL path of a built HTML file: `notices/x/index.html` → `/notices/x/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

// ——— formatting ———

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const size = (bytes: number) => (bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : kb(bytes));
export const mib = (bytes: number) => (bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${(bytes / MB).toFixed(0)} MiB`);
export const count = (value: number) => value.toLocaleString('en-US');

/** Columns a string takes in a terminal: Han characters and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A table with aligned columns: the header, a rule, and the rows. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Figure rows as a table, the note after the verdict. */
export function formatFigures(rows: readonly FigureRow[]): string {
  return formatTable(
    ['figure', 'measured', 'budget', 'verdict'],
    rows.map((row) => [row.figure, row.measured, row.budget, row.note ? `${row.verdict} ${row.note}` : row.verdict]),
  );
}

// ——— figures against budgets ———

export function pageRow(weight: PageTypeWeight): FigureRow {
  const { heaviest, largestRaw } = weight;
  const other = largestRaw.file === heaviest.file ? '' : `; most raw: ${size(largestRaw.raw)}, ${pagePath(largestRaw.file)}`;
  return {
    figure: `page: ${weight.type} (${count(weight.pages)})`,
    measured: `${kb(heaviest.gzip)} gzip, ${size(heaviest.raw)} raw, ${pagePath(heaviest.file)}${other}`,
    budget: `≤ ${kb(BUDGETS.pageGzipBytes)} gzip, ≤ ${size(BUDGETS.pageRawBytes)} raw`,
    verdict: verdict(heaviest.gzip <= BUDGETS.pageGzipBytes && largestRaw.raw <= BUDGETS.pageRawBytes),
  };
}

/** The whole output per notice; below {@link BUDGETS.archiveFrom} notices the fixed files dominate, so no verdict. */
export function distRow(notices: number, site: { bytes: number; files: number }, plain?: { bytes: number; files: number }): FigureRow {
  const perNotice = { bytes: site.bytes / notices, files: site.files / notices };
  return {
    figure: 'dist/ per notice',
    measured: `${kb(perNotice.bytes)}, ${perNotice.files.toFixed(1)} files (${size(site.bytes)}, ${count(site.files)} files${plain ? `; plain Astro ${size(plain.bytes)}, ${count(plain.files)}` : ''})`,
    budget: `≤ ${kb(BUDGETS.distBytesPerNotice)}, ≤ ${BUDGETS.distFilesPerNotice} files`,
    ...archiveVerdict(notices, perNotice.bytes <= BUDGETS.distBytesPerNotice && perNotice.files <= BUDGETS.distFilesPerNotice),
  };
}

/** What the output is made of, for the row that says where `dist/` goes (see {@link distKind}). */
export const DIST_KINDS = ['notice pages', 'other pages', 'downloads', 'search index', 'other'] as const;
export type DistKind = (typeof DIST_KINDS)[number];

/**
 * The kind of a file of the built site: a notice's own page (its text, tasks, targets and rosters),
 * the other HTML pages (lists, units, people, responsibility matrices), the open-data downloads (CSV,
 * gzip JSON, the data package), the search index (Pagefind's files and the page records), or other
 * (scripts, styles, feeds, the sitemap).
 */
export function distKind(file: string): DistKind {
  if (file.startsWith('pagefind/')) return 'search index';
  if (file.endsWith('.html')) return pageType(file) === 'notice' ? 'notice pages' : 'other pages';
  if (/\.(csv|json\.gz)$/u.test(file) || file === 'data/datapackage.json') return 'downloads';
  return 'other';
}

/** Bytes per notice of each kind of file (no budget: it says where the output per notice goes). */
export function distKindsRow(notices: number, files: Iterable<{ file: string; bytes: number }>): FigureRow {
  const totals = new Map<DistKind, number>(DIST_KINDS.map((kind) => [kind, 0]));
  for (const { file, bytes } of files) totals.set(distKind(file), totals.get(distKind(file))! + bytes);
  return {
    figure: 'dist/ per notice, by kind',
    measured: DIST_KINDS.map((kind) => `${kind} ${kb(totals.get(kind)! / notices)}`).join(', '),
    budget: '',
    verdict: '—',
  };
}

/** A verdict for a figure about an archive: none below {@link BUDGETS.archiveFrom} notices. */
export function archiveVerdict(notices: number, ok: boolean): Pick<FigureRow, 'verdict' | 'note'> {
  return notices >= BUDGETS.archiveFrom ? { verdict: verdict(ok) } : { verdict: '—', note: `(budget from ${count(BUDGETS.archiveFrom)} notices)` };
}

export function buildRatioRow(notices: number, ratios: readonly number[]): FigureRow {
  const ratio = median(ratios);
  const range = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} over ${ratios.length} pairs)` : ' (one pair)';
  return {
    figure: 'build time ratio to plain Astro',
    measured: `${ratio.toFixed(2)}×${range}`,
    budget: `≤ ${BUDGETS.buildRatio}×, median of 3`,
    ...archiveVerdict(notices, ratio <= BUDGETS.buildRatio),
    ...(notices >= BUDGETS.archiveFrom && ratios.length < 3 ? { note: '(fewer than 3 pairs: BENCH_RUNS=3)' } : {}),
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The size growth is measured from: the smallest archive size (≥ {@link BUDGETS.archiveFrom}) when
 * two or more were measured, else the smallest size. Undefined with fewer than two sizes.
 */
export function growthBase(sizes: readonly number[]): number | undefined {
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  if (sorted.length < 2) return undefined;
  const archives = sorted.filter((notices) => notices >= BUDGETS.archiveFrom);
  return archives.length >= 2 ? archives[0] : sorted[0];
}

/** A figure at each size, as measured. */
export type BySize = ReadonlyArray<{ notices: number; value: number }>;

/** Time per notice (ms) at each size and its growth from the growth base to the largest size. */
export function timePerNoticeRow(seconds: BySize): FigureRow | undefined {
  const base = growthBase(seconds.map(({ notices }) => notices));
  if (base === undefined) return undefined;
  const sorted = [...seconds].sort((a, b) => a.notices - b.notices);
  const from = sorted.find(({ notices }) => notices === base)!;
  const to = sorted.at(-1)!;
  const perNotice = (point: { notices: number; value: number }) => (point.value / point.notices) * 1000;
  const growth = perNotice(to) / perNotice(from);
  return {
    figure: `time per notice, ${count(from.notices)} → ${count(to.notices)}`,
    measured: `${sorted.map((point) => `${count(point.notices)}: ${perNotice(point).toFixed(1)} ms`).join(', ')}; growth ×${growth.toFixed(2)}`,
    budget: `not growing (≤ ×${BUDGETS.timePerNoticeGrowth.toFixed(2)})`,
    ...(from.notices >= BUDGETS.archiveFrom
      ? { verdict: verdict(growth <= BUDGETS.timePerNoticeGrowth) }
      : { verdict: '—', note: `(budget from ${count(BUDGETS.archiveFrom)}: measure two sizes ≥ ${count(BUDGETS.archiveFrom)})` }),
  };
}

/** Peak build memory's growth from the growth base to the largest size, against plain Astro's. */
export function memoryGrowthRow(full: BySize, plain: BySize): FigureRow | undefined {
  const base = growthBase(full.map(({ notices }) => notices));
  if (base === undefined) return undefined;
  const last = Math.max(...full.map(({ notices }) => notices));
  const at = (points: BySize, notices: number) => points.find((point) => point.notices === notices)?.value;
  const [fullFrom, fullTo, plainFrom, plainTo] = [at(full, base), at(full, last), at(plain, base), at(plain, last)];
  if (!fullFrom || !fullTo || !plainFrom || !plainTo) return undefined;
  const growth = fullTo / fullFrom;
  const plainGrowth = plainTo / plainFrom;
  const ratio = growth / plainGrowth;
  const perNotice = (from: number, to: number) => `${((to - from) / (last - base) / MB).toFixed(2)} MiB/notice`;
  return {
    figure: `peak memory growth, ${count(base)} → ${count(last)}`,
    measured: `full ${mib(fullFrom)} → ${mib(fullTo)} ×${growth.toFixed(2)} (${perNotice(fullFrom, fullTo)}); plain ${mib(plainFrom)} → ${mib(plainTo)} ×${plainGrowth.toFixed(2)} (${perNotice(plainFrom, plainTo)}); ratio of growth ${ratio.toFixed(2)}`,
    budget: 'ratio ≤ 1.00 (no faster than plain)',
    ...(base >= BUDGETS.archiveFrom
      ? { verdict: verdict(ratio <= 1) }
      : { verdict: '—', note: `(budget from ${count(BUDGETS.archiveFrom)}: measure two sizes ≥ ${count(BUDGETS.archiveFrom)})` }),
  };
}

/** A straight line through the two largest sizes, evaluated at `notices`; undefined with fewer than two sizes. */
export function extrapolate(points: BySize, notices: number): number | undefined {
  const sorted = [...points].sort((a, b) => a.notices - b.notices);
  if (sorted.length < 2) return undefined;
  const [a, b] = [sorted.at(-2)!, sorted.at(-1)!];
  return b.value + ((b.value - a.value) / (b.notices - a.notices)) * (notices - b.notices);
}

/** Peak build memory at one size; the budget is for {@link BUDGETS.peakMemoryAt} notices, so other sizes get none (the extrapolation is in the cross-size table). */
export function peakMemoryRow(notices: number, peak: { pages?: number | undefined; index?: number | undefined; plain?: number | undefined }): FigureRow {
  const full = Math.max(peak.pages ?? 0, peak.index ?? 0);
  const known = peak.pages !== undefined && peak.index !== undefined;
  return {
    figure: 'peak build memory',
    measured: known
      ? `${mib(full)} (pages ${mib(peak.pages!)}, search index ${mib(peak.index!)}; plain Astro ${peak.plain === undefined ? 'n/a' : mib(peak.plain)})`
      : 'not measured (no /usr/bin/time)',
    budget: `≤ ${mib(BUDGETS.peakMemoryBytes)} at ${count(BUDGETS.peakMemoryAt)}`,
    ...(notices === BUDGETS.peakMemoryAt && known
      ? { verdict: verdict(full <= BUDGETS.peakMemoryBytes) }
      : { verdict: '—', ...(notices === BUDGETS.peakMemoryAt ? {} : { note: `(budget at ${count(BUDGETS.peakMemoryAt)})` }) }),
  };
}

/** The peak memory extrapolated to {@link BUDGETS.peakMemoryAt} notices when that size was not measured. */
export function peakMemoryProjectionRow(full: BySize): FigureRow | undefined {
  if (full.some(({ notices }) => notices === BUDGETS.peakMemoryAt)) return undefined;
  const projected = extrapolate(full, BUDGETS.peakMemoryAt);
  if (projected === undefined) return undefined;
  const [a, b] = [...full].sort((x, y) => x.notices - y.notices).slice(-2);
  return {
    figure: `peak memory at ${count(BUDGETS.peakMemoryAt)}, extrapolated`,
    measured: `${mib(projected)} (straight line through ${count(a!.notices)} and ${count(b!.notices)})`,
    budget: `≤ ${mib(BUDGETS.peakMemoryBytes)}`,
    verdict: '—',
    note: `(an estimate: run BENCH_SIZES=${BUDGETS.peakMemoryAt} for the figure)`,
  };
}

export interface LighthouseFigure {
  label: string;
  path: string;
  scores?: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number> | undefined;
  error?: string | undefined;
  seconds?: number | undefined;
}

export function lighthouseRow(figure: LighthouseFigure): FigureRow {
  const scores = figure.scores;
  const all = scores ? [scores.performance, scores.accessibility, scores['best-practices'], scores.seo] : [];
  return {
    figure: `Lighthouse: ${figure.label}`,
    measured: `${scores ? `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}` : 'no scores'}${figure.error ? ` (${figure.error})` : ''}, ${decodeURIComponent(figure.path)}${figure.seconds === undefined ? '' : `, ${figure.seconds.toFixed(0)} s`}`,
    budget: `≥ ${BUDGETS.lighthouseScore} in all four`,
    verdict: verdict(all.length === 4 && all.every((score) => score >= BUDGETS.lighthouseScore)),
  };
}
