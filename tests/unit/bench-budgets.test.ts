import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  buildRatioRow,
  displayWidth,
  distKind,
  distKindsRow,
  distRow,
  extrapolate,
  formatTable,
  growthBase,
  heaviestByType,
  lighthouseRow,
  memoryGrowthRow,
  pagePath,
  pageRow,
  pageType,
  peakMemoryProjectionRow,
  peakMemoryRow,
  timePerNoticeRow,
} from '../../scripts/bench/budgets.ts';

const MiB = 2 ** 20;

describe('bench page types', () => {
  it('names every page type of the site', () => {
    const types = Object.fromEntries(
      [
        'index.html',
        '404.html',
        'notices/anze-2022-50/index.html',
        'notices/anze-2022-50/responsibilities/index.html',
        'notices/region/安泽县/index.html',
        'notices/year/2022/index.html',
        'notices/validity/现行有效/index.html',
        'tasks/index.html',
        'people/index.html',
        'units/index.html',
        'units/anze-caizheng/index.html',
        'dashboard/index.html',
        'data/index.html',
        'changes/index.html',
        'search/index.html',
      ].map((file) => [file, pageType(file)]),
    );
    expect(types).toEqual({
      'index.html': 'home',
      '404.html': '404',
      'notices/anze-2022-50/index.html': 'notice',
      'notices/anze-2022-50/responsibilities/index.html': 'notice responsibilities',
      'notices/region/安泽县/index.html': 'notices by region',
      'notices/year/2022/index.html': 'notices by year',
      'notices/validity/现行有效/index.html': 'notices by validity',
      'tasks/index.html': 'task list',
      'people/index.html': 'people',
      'units/index.html': 'units index',
      'units/anze-caizheng/index.html': 'unit page',
      'dashboard/index.html': 'dashboard',
      'data/index.html': 'data page',
      'changes/index.html': 'changes',
      'search/index.html': 'search',
    });
  });

  it('gives pages the site does not have yet a pattern of their path, one type per pattern', () => {
    expect(pageType('tasks/region/安泽县/index.html')).toBe('tasks/*/*');
    expect(pageType('tasks/region/安泽县/2/index.html')).toBe('tasks/*/*/*');
    expect(pageType('people/a/index.html')).toBe('people/*');
    expect(pageType('units/anze-caizheng/tasks/index.html')).toBe('units/*/*');
    expect(pageType('notices/region/安泽县/2/index.html')).toBe('notices/*/*/*');
    expect(pageType('notices/anze-2022-50/print/index.html')).toBe('notices/*/*');
    expect(pageType('about.html')).toBe('about');
  });

  it('maps files to URL paths', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('units/a/index.html')).toBe('/units/a/');
    expect(pagePath('404.html')).toBe('/404.html');
  });

  it('keeps the heaviest page of each type by gzip and the largest by raw bytes, known types first', () => {
    const types = heaviestByType([
      { file: 'units/b/index.html', raw: 900, gzip: 100 },
      { file: 'tasks/region/x/index.html', raw: 10, gzip: 5 },
      { file: 'units/a/index.html', raw: 1000, gzip: 90 },
      { file: 'index.html', raw: 50, gzip: 20 },
      { file: 'units/c/index.html', raw: 10, gzip: 8 },
    ]);
    expect(types.map(({ type, pages }) => [type, pages])).toEqual([
      ['home', 1],
      ['unit page', 3],
      ['tasks/*/*', 1],
    ]);
    expect(types[1]).toMatchObject({ heaviest: { file: 'units/b/index.html' }, largestRaw: { file: 'units/a/index.html' } });
  });
});

describe('where dist/ goes', () => {
  it.each([
    ['notices/anze-2022-50/index.html', 'notice pages'],
    ['notices/anze-2022-50/responsibilities/index.html', 'other pages'],
    ['tasks/part/3/index.html', 'other pages'],
    ['units/anze-caizheng/index.html', 'other pages'],
    ['index.html', 'other pages'],
    ['data/tasks.csv', 'downloads'],
    ['data/tasks.json.gz', 'downloads'],
    ['data/tasks/anze-2022-50.csv', 'downloads'],
    ['data/datapackage.json', 'downloads'],
    ['units/anze-caizheng/tasks.csv', 'downloads'],
    ['notices/anze-2022-50/responsibilities.csv', 'downloads'],
    ['pagefind/pagefind.js', 'search index'],
    ['pagefind/records/abc.pf_page', 'search index'],
    ['notices/anze-2022-50/feed.xml', 'other'],
    ['_astro/chart.js', 'other'],
    ['sitemap.xml', 'other'],
  ])('%s is %s', (file, kind) => {
    expect(distKind(file)).toBe(kind);
  });

  it('sums each kind per notice, every kind named even when empty', () => {
    const row = distKindsRow(2, [
      { file: 'notices/a/index.html', bytes: 4096 },
      { file: 'notices/b/index.html', bytes: 2048 },
      { file: 'data/tasks.csv', bytes: 1024 },
      { file: 'pagefind/pagefind.js', bytes: 512 },
    ]);
    expect(row.measured).toBe('notice pages 3.0 KB, other pages 0.0 KB, downloads 0.5 KB, search index 0.3 KB, other 0.0 KB');
    expect(row.verdict).toBe('—');
  });
});

describe('bench budgets', () => {
  const page = (gzip: number, raw: number) => ({ file: 'tasks/index.html', raw, gzip });

  it('holds the heaviest page of a type to 150 KB gzip and 1.5 MB raw', () => {
    const row = (gzip: number, raw: number, largestRaw = raw) =>
      pageRow({ type: 'task list', pages: 1, heaviest: page(gzip, raw), largestRaw: page(gzip, largestRaw) }).verdict;
    expect(row(150 * 1024, 1.5 * MiB)).toBe('met');
    expect(row(150 * 1024 + 1, 1000)).toBe('missed');
    expect(row(1000, 1.5 * MiB + 1)).toBe('missed');
    expect(row(1000, 2000, 1.5 * MiB + 1)).toBe('missed');
    expect(pageRow({ type: 'task list', pages: 2, heaviest: page(10, 20), largestRaw: { file: 'x/index.html', raw: 30 * 1024, gzip: 5 } }).measured).toContain(
      'most raw: 30.0 KB, /x/',
    );
  });

  it('holds the output to 100 KB and 15 files per notice, from 1,000 notices', () => {
    expect(distRow(1000, { bytes: 100 * 1024 * 1000, files: 15_000 }).verdict).toBe('met');
    expect(distRow(1000, { bytes: 100 * 1024 * 1000 + 1000, files: 15_000 }).verdict).toBe('missed');
    expect(distRow(1000, { bytes: 1000, files: 15_001 }).verdict).toBe('missed');
    expect(distRow(5, { bytes: 10 * MiB, files: 500 })).toMatchObject({ verdict: '—' });
  });

  it('holds the build to 4× plain Astro as the median of the pairs, and asks for three', () => {
    expect(buildRatioRow(1000, [3.5, 4.5, 3.9])).toMatchObject({ verdict: 'met' });
    expect(buildRatioRow(1000, [3.5, 4.5, 3.9]).note).toBeUndefined();
    expect(buildRatioRow(1000, [4.2])).toMatchObject({ verdict: 'missed', note: expect.stringContaining('BENCH_RUNS=3') });
    expect(buildRatioRow(200, [5])).toMatchObject({ verdict: '—' });
  });

  it('measures growth from the smallest archive size when two were measured', () => {
    expect(growthBase([5, 1000])).toBe(5);
    expect(growthBase([5, 1000, 3000])).toBe(1000);
    expect(growthBase([1000])).toBeUndefined();
    const at = (pairs: Array<[number, number]>) => pairs.map(([notices, value]) => ({ notices, value }));
    expect(
      timePerNoticeRow(
        at([
          [5, 10],
          [1000, 60],
          [3000, 195],
        ]),
      ),
    ).toMatchObject({ figure: 'time per notice, 1,000 → 3,000', verdict: 'met' });
    expect(
      timePerNoticeRow(
        at([
          [1000, 60],
          [3000, 199],
        ]),
      ),
    ).toMatchObject({ verdict: 'missed' });
    expect(
      timePerNoticeRow(
        at([
          [5, 10],
          [1000, 60],
        ]),
      ),
    ).toMatchObject({ verdict: '—' });
    expect(timePerNoticeRow(at([[1000, 60]]))).toBeUndefined();
  });

  it('compares the growth of peak memory with plain Astro’s', () => {
    const at = (pairs: Array<[number, number]>) => pairs.map(([notices, value]) => ({ notices, value: value * MiB }));
    const met = memoryGrowthRow(
      at([
        [1000, 3000],
        [3000, 6000],
      ]),
      at([
        [1000, 1000],
        [3000, 2000],
      ]),
    )!;
    expect(met).toMatchObject({ verdict: 'met' });
    expect(met.measured).toContain('ratio of growth 1.00');
    expect(
      memoryGrowthRow(
        at([
          [1000, 3000],
          [3000, 7000],
        ]),
        at([
          [1000, 1000],
          [3000, 2000],
        ]),
      ),
    ).toMatchObject({ verdict: 'missed' });
    expect(
      memoryGrowthRow(
        at([
          [5, 600],
          [1000, 3000],
        ]),
        at([
          [5, 500],
          [1000, 1000],
        ]),
      ),
    ).toMatchObject({ verdict: '—' });
    expect(
      memoryGrowthRow(
        at([
          [1000, 3000],
          [3000, 6000],
        ]),
        at([[1000, 1000]]),
      ),
    ).toBeUndefined();
  });

  it('holds peak memory to 12 GiB at 10,000 notices and extrapolates it from smaller sizes', () => {
    expect(peakMemoryRow(10_000, { pages: 11 * 1024 * MiB, index: 2 * 1024 * MiB, plain: MiB }).verdict).toBe('met');
    expect(peakMemoryRow(10_000, { pages: 13 * 1024 * MiB, index: 2 * 1024 * MiB }).verdict).toBe('missed');
    expect(peakMemoryRow(1000, { pages: 3 * 1024 * MiB, index: MiB }).verdict).toBe('—');
    expect(
      extrapolate(
        [
          { notices: 1000, value: 3 },
          { notices: 3000, value: 7 },
        ],
        10_000,
      ),
    ).toBe(21);
    expect(extrapolate([{ notices: 1000, value: 3 }], 10_000)).toBeUndefined();
    expect(
      peakMemoryProjectionRow([
        { notices: 1000, value: 3 * 1024 * MiB },
        { notices: 3000, value: 7 * 1024 * MiB },
      ])!.measured,
    ).toMatch(/^21\.00 GiB/u);
    expect(
      peakMemoryProjectionRow([
        { notices: 1000, value: 1 },
        { notices: BUDGETS.peakMemoryAt, value: 2 },
      ]),
    ).toBeUndefined();
  });

  it('wants Lighthouse 90 in all four categories', () => {
    const scores = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };
    expect(lighthouseRow({ label: 'home', path: '/', scores }).verdict).toBe('met');
    expect(lighthouseRow({ label: 'home', path: '/', scores: { ...scores, seo: 89 } }).verdict).toBe('missed');
    expect(lighthouseRow({ label: 'tasks', path: '/tasks/', error: 'timed out' })).toMatchObject({
      verdict: 'missed',
      measured: expect.stringContaining('timed out'),
    });
  });
});

describe('bench tables', () => {
  it('aligns columns with Han characters counted as two', () => {
    expect(displayWidth('批而未供')).toBe(8);
    expect(displayWidth('安政办发[2022]50号')).toBe(18);
    expect(
      formatTable(
        ['query', 'ms'],
        [
          ['批而未供', '1'],
          ['abc', '2'],
        ],
      ).split('\n'),
    ).toEqual(['query     ms', '────────  ──', '批而未供  1', 'abc       2']);
  });
});
