import { describe, expect, it } from 'vitest';
import { sortMatches, startExactSearch, type PagefindApi, type ShardedIndex } from '../../src/lib/search/exact-search.ts';
import { countFilters, shardFolder } from '../../src/lib/search/shards.ts';
import { ANCHOR_MARK } from '../../src/lib/search/index-format.ts';
import { matchPage, type PageMatch, type StoredPage } from '../../src/lib/search/match.ts';
import { normalizeSearchText } from '../../src/lib/search/normalize.ts';
import { hasFilters, pagefindFilters, readState, writeState } from '../../src/lib/search/state.ts';
import { indexTokens, queryTerms } from '../../src/lib/search/terms.ts';
import { readTextFragment, withTextFragment } from '../../src/lib/search/text-fragment.ts';

const M = ANCHOR_MARK;
const NOTICE: StoredPage = {
  url: '/notices/anze-2022-50/',
  content: `安泽县关于\u200B印发\u200B方案的通知\u200B 文号安政办发〔2022〕50号 ${M} ${M}二、反馈\u200B主要问题 ${M}批而未供土地处置工作进展较慢。上级下达127.53亩。 ${M}（一）批而未供土地消化，批而未供。`,
  meta: {
    title: '安泽县关于印发方案的通知\u200B',
    docNumber: '安政办发〔2022〕50号',
    issuer: '安泽县人民政府办公室',
    date: '2022-09-14',
    anchors: JSON.stringify([
      ['text', ''],
      ['c2', '二'],
      ['c2-2', '二（二）'],
      ['c3-2', '三（二）'],
    ]),
  },
};

const text = (parts: PageMatch['hits'][number]['excerpt']) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('matchPage', () => {
  it('rejects a candidate that has the pieces of the query but not the query', () => {
    expect(matchPage(NOTICE, normalizeSearchText('批而未用'))).toBeUndefined();
    expect(matchPage(NOTICE, normalizeSearchText('地消化批'))).toBeUndefined();
  });

  it('finds every occurrence and groups them by clause, linking to the clause', () => {
    const match = matchPage(NOTICE, normalizeSearchText('批而未供'))!;
    expect(match.count).toBe(3);
    expect(match.hits.map((hit) => [hit.href, hit.label, hit.count])).toEqual([
      ['/notices/anze-2022-50/#c2-2', '二（二）', 1],
      ['/notices/anze-2022-50/#c3-2', '三（二）', 2],
    ]);
    // Excerpts stay inside their clause; an ellipsis only where they cut it.
    expect(text(match.hits[0]!.excerpt)).toBe('[批而未供]土地处置工作进展较慢。上级下达127.53亩。');
    expect(text(match.hits[1]!.excerpt)).toBe('（一）[批而未供]土地消化，[批而未供]。');
    const long = matchPage({ ...NOTICE, content: `${M}${'前文'.repeat(40)}批而未供${'后文'.repeat(60)}` }, '批而未供')!;
    expect(text(long.hits[0]!.excerpt)).toBe(`…${'前文'.repeat(15)}[批而未供]${'后文'.repeat(30)}…`);
  });

  it('matches across spaces, line breaks and bracket variants, and marks the source text', () => {
    const match = matchPage(NOTICE, normalizeSearchText('安政办发[2022] 50号'))!;
    expect(match.hits).toHaveLength(1);
    expect(match.hits[0]!.href).toBe('/notices/anze-2022-50/');
    expect(text(match.hits[0]!.excerpt)).toContain('[安政办发〔2022〕50号]');
    expect(match.inTitle).toBe(true);
    expect(text(matchPage(NOTICE, normalizeSearchText('反馈主要'))!.hits[0]!.excerpt)).toContain('[反馈主要]');
  });

  it('matches across element boundaries, as the text reads with spaces ignored', () => {
    expect(matchPage(NOTICE, normalizeSearchText('127.53亩。（一）'))?.hits[0]?.label).toBe('二（二）');
  });

  it('shows title, number, issuer and date without the marks of the stored text', () => {
    const match = matchPage(NOTICE, '127.53')!;
    expect([match.title, match.docNumber, match.issuer, match.date]).toEqual([
      '安泽县关于印发方案的通知',
      '安政办发〔2022〕50号',
      '安泽县人民政府办公室',
      '2022-09-14',
    ]);
    expect(match.inTitle).toBe(false);
  });
});

describe('sortMatches', () => {
  const match = (url: string, extra: Partial<PageMatch>): PageMatch => ({ url, title: url, count: 1, inTitle: false, hits: [], rank: 0, ...extra });
  const matches = [
    match('a', { count: 2, rank: 0 }),
    match('b', { count: 5, rank: 1, date: '2021-05-07' }),
    match('c', { inTitle: true, rank: 2, date: '2023-01-10' }),
    match('d', { count: 5, rank: 3, date: '2022-09-14' }),
  ];

  it('by relevance: title or number first, then more occurrences, then Pagefind order', () => {
    expect(sortMatches(matches, 'relevance').map((m) => m.url)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('by date, newest or oldest first, pages without a date last', () => {
    expect(sortMatches(matches, 'newest').map((m) => m.url)).toEqual(['c', 'd', 'b', 'a']);
    expect(sortMatches(matches, 'oldest').map((m) => m.url)).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('startExactSearch', () => {
  /**
   * A stand-in for pagefind.js: prefix-matches terms against each page's extra words, like Pagefind,
   * and like Pagefind leaves out of a search a term that no page has (its results then have fewer
   * matched positions than there are terms); sorts by the date keys.
   */
  const fakePagefind = (pages: StoredPage[], calls: Array<[string | null, unknown]> = [], shard = 0): PagefindApi => ({
    filters: async () => countFilters(pages.map((page) => page.filters ?? {})),
    async search(term, options) {
      calls.push([term, options?.filters]);
      const words = pages.map((page) => indexTokens(normalizeSearchText(page.content.split(M).join(''))));
      const has = (index: number, t: string) => words[index]!.some((token) => token.startsWith(t));
      const terms = (term ?? '').split(' ').filter((t) => t !== '' && pages.some((_, index) => has(index, t)));
      let results = pages
        .map((page, index) => ({ page, index }))
        .filter(({ index }) => term === null || (terms.length > 0 && terms.every((t) => has(index, t))))
        .filter(({ page }) => Object.entries(options?.filters ?? {}).every(([key, value]) => page.filters?.[key]?.includes(value)));
      if (options?.sort?.['newest']) results = results.sort((a, b) => (b.page.meta['date'] ?? '0000').localeCompare(a.page.meta['date'] ?? '0000'));
      if (options?.sort?.['oldest']) results = results.sort((a, b) => (a.page.meta['date'] ?? '9999').localeCompare(b.page.meta['date'] ?? '9999'));
      const totalFilters: Record<string, Record<string, number>> = {};
      for (const { page } of results)
        for (const [key, values] of Object.entries(page.filters ?? {}))
          for (const value of values) (totalFilters[key] ??= {})[value] = (totalFilters[key]![value] ?? 0) + 1;
      // Like Pagefind, the positions of the words matched on each page: one per term it searched.
      return {
        results: results.map(({ index }) => ({ id: `${shard}:${index}`, words: terms.map((t) => words[index]!.findIndex((token) => token.startsWith(t))) })),
        totalFilters,
      };
    },
  });
  /**
   * An index of `shards` (each a list of pages, dated when its first page has a date), with the
   * shards opened recorded in `opened`.
   */
  const shardedIndex = (shards: StoredPage[][], calls: Array<[string | null, unknown]> = [], opened: number[] = []): ShardedIndex => ({
    shards: shards.map((pages, at) => ({
      folder: shardFolder(at),
      cacheTag: `tag${at}`,
      pages: pages.length,
      dated: pages[0]?.meta['date'] !== undefined,
      filters: countFilters(pages.map((page) => page.filters ?? {})),
    })),
    async open(at) {
      opened.push(at);
      return fakePagefind(shards[at]!, calls, at);
    },
  });
  const oneShard = (pages: StoredPage[], calls: Array<[string | null, unknown]> = []) => shardedIndex([pages], calls);
  const loader =
    (shards: StoredPage[][], loaded: string[] = []) =>
    async (id: string) => {
      loaded.push(id);
      const [shard, index] = id.split(':').map(Number);
      return shards[shard!]![index!]!;
    };
  const other: StoredPage = {
    url: '/units/anze-zrzyj/',
    content: '安泽县自然资源局 批而未用土地 未供 而未',
    meta: { title: '安泽县自然资源局' },
    filters: { region: ['安泽县'] },
  };
  const notice = { ...NOTICE, filters: { region: ['山西省', '临汾市', '安泽县'], year: ['2022'] } };

  it('asks Pagefind with the encoded pairs of the query and keeps only the pages that contain it', async () => {
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(oneShard([notice, other], calls), loader([[notice, other]]), ' 批而未供 ', {}, 'relevance');
    const result = await search.next(10);
    expect(calls).toEqual([[queryTerms('批而未供').join(' '), {}]]);
    expect(result.matches.map((m) => m.url)).toEqual(['/notices/anze-2022-50/']);
    expect(result).toMatchObject({ candidates: 2, checked: 2, total: 1 });
  });

  it('finds nothing when one pair of the query is on no page, though Pagefind then searches the others', async () => {
    const loaded: string[] = [];
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(oneShard([notice, other], calls), loader([[notice, other]], loaded), '批而未供乙', {}, 'relevance');
    expect(await search.next(10)).toMatchObject({ matches: [], candidates: 0, total: 0 });
    expect(loaded).toEqual([]);
    // Told by the matched positions of the candidates, not by searching each term alone.
    expect(calls).toHaveLength(1);
  });

  it('passes filters to Pagefind; with no query lists the pages that pass them, with their exact number', async () => {
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(oneShard([notice, other], calls), loader([[notice, other]]), '', { region: '临汾市' }, 'newest');
    const result = await search.next(10);
    expect(calls).toEqual([[null, { region: '临汾市' }]]);
    expect(result.matches.map((m) => [m.url, m.count, m.date])).toEqual([['/notices/anze-2022-50/', 0, '2022-09-14']]);
    expect(result.total).toBe(1);
    const none = await startExactSearch(oneShard([notice]), loader([[notice]]), '批而未供', { region: '息县' }, 'relevance');
    expect(await none.next(10)).toMatchObject({ matches: [], total: 0 });
  });

  it('checks only as many candidates as asked for, and says the count is not known until all are checked', async () => {
    const pages: StoredPage[] = Array.from({ length: 25 }, (_, index) => ({
      url: `/units/u${index}/`,
      content: `单位${index} ${index % 2 === 0 ? '批而未供' : '批而未用 未供 而未'}`,
      meta: { title: `单位${index}` },
    }));
    const loaded: string[] = [];
    const search = await startExactSearch(oneShard(pages), loader([pages], loaded), '批而未供', {}, 'relevance');
    const first = await search.next(3);
    expect(first.matches.map((m) => m.url)).toEqual(['/units/u0/', '/units/u2/', '/units/u4/']);
    expect(first).toMatchObject({ candidates: 25, total: undefined });
    expect(loaded.length).toBe(first.checked);
    expect(first.checked).toBeLessThanOrEqual(6);
    // A bound on the records fetched per call, even when they do not contain the query.
    const bounded = await search.next(100, 4);
    expect(bounded.checked - first.checked).toBe(4);
    let result = bounded;
    while (result.checked < result.candidates) result = await search.next(5);
    expect(result.matches.map((m) => m.url)).toEqual(pages.filter((_, index) => index % 2 === 0).map((page) => page.url));
    expect(result.total).toBe(13);
    expect(new Set(loaded).size).toBe(25);
  });

  it('orders the whole list by relevance when the first call checks every candidate', async () => {
    const plain: StoredPage = { url: '/units/x/', content: '批而未供 批而未供 批而未供', meta: { title: '某单位' } };
    const search = await startExactSearch(oneShard([plain, notice]), loader([[plain, notice]]), '50号', {}, 'relevance');
    expect((await search.next(10)).matches.map((m) => m.url)).toEqual(['/notices/anze-2022-50/']);
    const byTitle = await startExactSearch(
      oneShard([plain, { ...notice, meta: { ...notice.meta, title: '批而未供问题整改方案' } }]),
      loader([[plain, { ...notice, meta: { ...notice.meta, title: '批而未供问题整改方案' } }]]),
      '批而未供',
      {},
      'relevance',
    );
    expect((await byTitle.next(10)).matches.map((m) => m.url)).toEqual(['/notices/anze-2022-50/', '/units/x/']);
  });

  it('gives the filter counts for the query: exact once every candidate matched, else upper bounds', async () => {
    const exact = await startExactSearch(oneShard([notice, other]), loader([[notice, other]]), '安泽县', {}, 'relevance');
    await exact.next(10);
    expect(await exact.filterCounts()).toEqual({ counts: { region: { 山西省: 1, 临汾市: 1, 安泽县: 2 }, year: { 2022: 1 } }, exact: true });
    const bound = await startExactSearch(oneShard([notice, other]), loader([[notice, other]]), '而未', {}, 'relevance');
    await bound.next(1);
    expect((await bound.filterCounts())?.exact).toBe(false);
  });

  it('does not search without a query or filters', async () => {
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(oneShard([notice], calls), loader([[notice]]), '  ', {}, 'relevance');
    expect(await search.next(10)).toMatchObject({ matches: [], candidates: 0 });
    expect(calls).toEqual([]);
  });

  describe('in shards', () => {
    const dated = (shard: number, count: number, date: string, text: (index: number) => string): StoredPage[] =>
      Array.from({ length: count }, (_, index) => ({
        url: `/notices/s${shard}-${index}/`,
        content: text(index),
        meta: { title: `通知${shard}-${index}`, date },
        filters: { region: [index % 2 === 0 ? '安泽县' : '息县'], year: [date.slice(0, 4)] },
      }));
    const units: StoredPage[] = Array.from({ length: 3 }, (_, index) => ({
      url: `/units/u${index}/`,
      content: `单位${index} 批而未供`,
      meta: { title: `单位${index}` },
      filters: { region: ['安泽县'] },
    }));
    const shards = [
      dated(0, 8, '2023-09-01', (index) => (index < 6 ? '批而未供 新' : '批而未用')),
      dated(1, 8, '2022-09-14', (index) => (index === 3 ? '批而未供 安政办发〔2022〕50号' : '批而未供')),
      dated(2, 8, '2021-05-01', () => '批而未供 旧'),
      units,
    ];
    /** The pages that contain 批而未供, reading the shards in `order`. */
    const matchingIn = (order: number[]) =>
      order
        .flatMap((at) => shards[at]!)
        .filter((page) => page.content.includes('批而未供'))
        .map((page) => page.url);
    // By relevance the newest notices, then the lists, then older notices (shardOrder).
    const matching = matchingIn([0, 3, 1, 2]);

    it('reads a shard only once the candidates of those before it are checked, and says how many pages are unread', async () => {
      const opened: number[] = [];
      const loaded: string[] = [];
      const search = await startExactSearch(shardedIndex(shards, [], opened), loader(shards, loaded), '批而未供', {}, 'relevance');
      const first = await search.next(5, 12, 2);
      expect(opened).toEqual([0]);
      expect(first.matches.map((m) => m.url)).toEqual(['/notices/s0-0/', '/notices/s0-1/', '/notices/s0-2/', '/notices/s0-3/', '/notices/s0-4/']);
      expect(first).toMatchObject({ candidates: 6, unreadPages: 8 + 8 + 3, total: undefined });
      let result = first;
      while (result.total === undefined) result = await search.next(5, 12, 2);
      // Nothing is lost between shards: every page that contains the query, in shard order.
      expect(result.matches.map((m) => m.url)).toEqual(matching);
      expect(result).toMatchObject({ unreadPages: 0, total: matching.length });
      expect(opened).toEqual([0, 3, 1, 2]);
      expect(new Set(loaded).size).toBe(loaded.length);
    });

    it('searches the next shard while checking a shard whose candidates cannot fill the request, keeping shard order', async () => {
      const events: string[] = [];
      const index = shardedIndex(shards);
      const opening: ShardedIndex = {
        ...index,
        async open(at) {
          const pagefind = await index.open(at);
          return { ...pagefind, search: async (term, options) => (events.push(`search ${at}`), pagefind.search(term, options)) };
        },
      };
      const load = loader(shards);
      // A record arrives a moment after it is asked for, as over the network.
      const loadSlowly = async (id: string) => {
        events.push(`load ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        events.push(`loaded ${id}`);
        return load(id);
      };
      const search = await startExactSearch(opening, loadSlowly, '批而未供', {}, 'newest');
      // Shard 0 has 6 candidates: fewer than 8 even if all match, so shard 1 is searched at once.
      const first = await search.next(8, 12, 2);
      expect(events.indexOf('search 1')).toBeGreaterThan(0);
      expect(events.indexOf('search 1')).toBeLessThan(events.indexOf('loaded 0:0'));
      expect(first.matches.map((m) => m.url)).toEqual(matchingIn([0, 1, 2, 3]).slice(0, 8));
      expect(first).toMatchObject({ candidates: 6 + 8, checked: 8, unreadPages: 8 + 3, total: undefined });
      // A shard that can fill the request is checked alone.
      events.length = 0;
      await search.next(3, 12, 2);
      expect(events.filter((event) => !event.startsWith('loaded'))).toEqual(['load 1:2', 'load 1:3', 'load 1:4']);
    });

    it('reports the matches found so far while it waits for a further shard, and then keeps their order', async () => {
      let releaseShard1: () => void = () => undefined;
      const index = shardedIndex(shards);
      const held: ShardedIndex = {
        ...index,
        async open(at) {
          const pagefind = await index.open(at);
          if (at !== 1) return pagefind;
          // Shard 1's search waits until the test lets it go: a shard still on its way over the network.
          return {
            ...pagefind,
            search: async (term, options) => (await new Promise<void>((resolve) => (releaseShard1 = resolve)), pagefind.search(term, options)),
          };
        },
      };
      const partials: string[][] = [];
      const search = await startExactSearch(held, loader(shards), '批而未供', {}, 'newest');
      const first = search.next(8, 12, 2, (partial) => {
        partials.push(partial.matches.map((m) => m.url));
        expect(partial).toMatchObject({ total: undefined, candidates: 6, checked: 6 });
        releaseShard1();
      });
      const result = await first;
      // Shard 0's six matches were shown while shard 1 was searched, and stay first.
      expect(partials).toEqual([matchingIn([0]).slice(0, 6)]);
      expect(result.matches.map((m) => m.url)).toEqual(matchingIn([0, 1]).slice(0, 8));
      // Nothing to report when no further shard is awaited.
      const reports: number[] = [];
      await search.next(2, 12, 2, (partial) => reports.push(partial.matches.length));
      expect(reports).toEqual([]);
    });

    it('orders a first call that checks everything only when it showed nothing before', async () => {
      const small = [
        dated(0, 2, '2023-09-01', () => '批而未供'),
        [{ ...NOTICE, url: '/notices/title/', meta: { title: '批而未供的通知', date: '2022-01-01' } }],
      ];
      const shown = await startExactSearch(shardedIndex(small), loader(small), '批而未供', {}, 'relevance');
      const withProgress = await shown.next(10, 12, 5, () => undefined);
      expect(withProgress.matches.map((m) => m.url)).toEqual(['/notices/s0-0/', '/notices/s0-1/', '/notices/title/']);
      const sorted = await (await startExactSearch(shardedIndex(small), loader(small), '批而未供', {}, 'relevance')).next(10, 12, 5);
      expect(sorted.matches.map((m) => m.url)).toEqual(['/notices/title/', '/notices/s0-0/', '/notices/s0-1/']);
    });

    it('reads at most maxShards shards in one call, even when they have no match', async () => {
      const opened: number[] = [];
      const search = await startExactSearch(shardedIndex(shards, [], opened), loader(shards), '安政办发〔2022〕50号', {}, 'newest');
      const first = await search.next(5, 12, 1);
      expect(opened).toEqual([0]);
      expect(first).toMatchObject({ matches: [], candidates: 0, unreadPages: 19, total: undefined });
      const second = await search.next(5, 12, 1);
      expect(second.matches.map((m) => m.url)).toEqual(['/notices/s1-3/']);
      const last = await search.next(5, 12, 5);
      expect(last).toMatchObject({ unreadPages: 0, total: 1 });
    });

    it('by relevance reads first the notices of the year a query names, then the pages without a date', async () => {
      const opened: number[] = [];
      const search = await startExactSearch(shardedIndex(shards, [], opened), loader(shards), '安政办发[2022]50号', {}, 'relevance');
      const first = await search.next(5, 12, 1);
      expect(opened).toEqual([1]);
      expect(first.matches.map((m) => m.url)).toEqual(['/notices/s1-3/']);
      let result = first;
      while (result.total === undefined) result = await search.next(5, 12, 1);
      expect(opened).toEqual([1, 3, 0, 2]);
      expect(result).toMatchObject({ total: 1, unreadPages: 0 });
    });

    it('reads the dated shards oldest first for the oldest order, the undated ones last in both date orders', async () => {
      for (const [order, expected] of [
        ['newest', [0, 1, 2, 3]],
        ['oldest', [2, 1, 0, 3]],
      ] as const) {
        const opened: number[] = [];
        const search = await startExactSearch(shardedIndex(shards, [], opened), loader(shards), '批而未供', {}, order);
        let result = await search.next(5);
        while (result.total === undefined) result = await search.next(5);
        expect(opened).toEqual(expected);
        expect(result.matches.at(-1)?.url).toBe('/units/u2/');
      }
    });

    it('skips the shards that have no page with a chosen filter value', async () => {
      const opened: number[] = [];
      const search = await startExactSearch(shardedIndex(shards, [], opened), loader(shards), '批而未供', { year: '2022' }, 'relevance');
      const result = await search.next(20);
      expect(opened).toEqual([1]);
      expect(result).toMatchObject({ total: 8, unreadPages: 0 });
    });

    it('gives the filter counts for the query only once every shard is read', async () => {
      const search = await startExactSearch(shardedIndex(shards), loader(shards), '批而未供', {}, 'relevance');
      await search.next(5);
      expect(await search.filterCounts()).toBeUndefined();
      let result = await search.next(100);
      while (result.total === undefined) result = await search.next(100);
      const counts = await search.filterCounts();
      expect(counts?.counts['year']).toEqual({ 2023: 6, 2022: 8, 2021: 8 });
      expect(counts?.counts['region']?.['安泽县']).toBe(3 + 4 + 4 + 3);
      expect(counts?.exact).toBe(true);
    });
  });
});

describe('search state in the URL', () => {
  it('reads and writes q, filters and sort, leaving out defaults and empty values', () => {
    const state = readState(new URLSearchParams('q=%E6%89%B9%E8%80%8C%E6%9C%AA%E4%BE%9B&region=%E5%AE%89%E6%B3%BD%E5%8E%BF&year=&sort=newest&page=2'));
    expect(state).toEqual({ q: '批而未供', filters: { region: '安泽县' }, sort: 'newest' });
    expect(writeState(state).toString()).toBe('q=%E6%89%B9%E8%80%8C%E6%9C%AA%E4%BE%9B&region=%E5%AE%89%E6%B3%BD%E5%8E%BF&sort=newest');
    expect(writeState({ q: ' ', filters: {}, sort: 'relevance' }).toString()).toBe('');
    expect(readState(new URLSearchParams('sort=bogus')).sort).toBe('relevance');
    expect(readState(new URLSearchParams('sort=date')).sort).toBe('newest');
  });

  it('turns filters into the Pagefind filter option', () => {
    const state = readState(new URLSearchParams('q=x&doctype=%E9%80%9A%E7%9F%A5&issuer=A&kind=%E6%96%87%E4%BB%B6'));
    expect(pagefindFilters(state)).toEqual({ issuer: 'A', doctype: '通知', kind: '文件' });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(readState(new URLSearchParams('q=x')))).toBe(false);
  });
});

describe('text fragment links', () => {
  it('adds the matched words as a text fragment, after the clause anchor, with - , & encoded', () => {
    expect(withTextFragment('/notices/a/#c2', '批而未供')).toBe(`/notices/a/#c2:~:text=${encodeURIComponent('批而未供')}`);
    expect(withTextFragment('/notices/a/', '2022-09 a,b&c')).toBe('/notices/a/#:~:text=2022%2D09%20a%2Cb%26c');
    expect(withTextFragment('/notices/a/#c2', ' ')).toBe('/notices/a/#c2');
  });

  it('reads the fragment back as a browser without text fragments leaves it in the hash', () => {
    expect(readTextFragment(`#c2:~:text=${encodeURIComponent('批而未供')}`)).toEqual({ id: 'c2', text: '批而未供' });
    expect(readTextFragment(new URL(withTextFragment('/a/', '安政办发〔2022〕50-号'), 'http://x').hash)).toEqual({ id: '', text: '安政办发〔2022〕50-号' });
    expect(readTextFragment('#c2')).toBeUndefined();
    expect(readTextFragment('#:~:text=start,end')).toBeUndefined();
  });
});
