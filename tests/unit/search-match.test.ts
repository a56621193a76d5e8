import { describe, expect, it } from 'vitest';
import { sortMatches, startExactSearch, type PagefindApi } from '../../src/lib/search/exact-search.ts';
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
  const fakePagefind = (pages: StoredPage[], calls: Array<[string | null, unknown]> = []): PagefindApi => ({
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
      const totalFilters: Record<string, Record<string, number>> = {};
      for (const { page } of results)
        for (const [key, values] of Object.entries(page.filters ?? {}))
          for (const value of values) (totalFilters[key] ??= {})[value] = (totalFilters[key]![value] ?? 0) + 1;
      // Like Pagefind, the positions of the words matched on each page: one per term it searched.
      return {
        results: results.map(({ index }) => ({ id: String(index), words: terms.map((t) => words[index]!.findIndex((token) => token.startsWith(t))) })),
        totalFilters,
      };
    },
  });
  const loader =
    (pages: StoredPage[], loaded: string[] = []) =>
    async (id: string) => {
      loaded.push(id);
      return pages[Number(id)]!;
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
    const search = await startExactSearch(fakePagefind([notice, other], calls), loader([notice, other]), ' 批而未供 ', {}, 'relevance');
    expect(calls).toEqual([[queryTerms('批而未供').join(' '), {}]]);
    const result = await search.next(10);
    expect(result.matches.map((m) => m.url)).toEqual(['/notices/anze-2022-50/']);
    expect(result).toMatchObject({ candidates: 2, checked: 2, total: 1 });
  });

  it('finds nothing when one pair of the query is on no page, though Pagefind then searches the others', async () => {
    const loaded: string[] = [];
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(fakePagefind([notice, other], calls), loader([notice, other], loaded), '批而未供乙', {}, 'relevance');
    expect(await search.next(10)).toMatchObject({ matches: [], candidates: 0, total: 0 });
    expect(loaded).toEqual([]);
    // Told by the matched positions of the candidates, not by searching each term alone.
    expect(calls).toHaveLength(1);
  });

  it('passes filters to Pagefind; with no query lists the pages that pass them, with their exact number', async () => {
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(fakePagefind([notice, other], calls), loader([notice, other]), '', { region: '临汾市' }, 'newest');
    expect(calls).toEqual([[null, { region: '临汾市' }]]);
    const result = await search.next(10);
    expect(result.matches.map((m) => [m.url, m.count, m.date])).toEqual([['/notices/anze-2022-50/', 0, '2022-09-14']]);
    expect(result.total).toBe(1);
    const none = await startExactSearch(fakePagefind([notice]), loader([notice]), '批而未供', { region: '息县' }, 'relevance');
    expect((await none.next(10)).matches).toEqual([]);
  });

  it('checks only as many candidates as asked for, and says the count is not known until all are checked', async () => {
    const pages: StoredPage[] = Array.from({ length: 25 }, (_, index) => ({
      url: `/units/u${index}/`,
      content: `单位${index} ${index % 2 === 0 ? '批而未供' : '批而未用 未供 而未'}`,
      meta: { title: `单位${index}` },
    }));
    const loaded: string[] = [];
    const search = await startExactSearch(fakePagefind(pages), loader(pages, loaded), '批而未供', {}, 'relevance');
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
    const search = await startExactSearch(fakePagefind([plain, notice]), loader([plain, notice]), '50号', {}, 'relevance');
    expect((await search.next(10)).matches.map((m) => m.url)).toEqual(['/notices/anze-2022-50/']);
    const byTitle = await startExactSearch(
      fakePagefind([plain, { ...notice, meta: { ...notice.meta, title: '批而未供问题整改方案' } }]),
      loader([plain, { ...notice, meta: { ...notice.meta, title: '批而未供问题整改方案' } }]),
      '批而未供',
      {},
      'relevance',
    );
    expect((await byTitle.next(10)).matches.map((m) => m.url)).toEqual(['/notices/anze-2022-50/', '/units/x/']);
  });

  it('gives the filter counts for the query: exact once every candidate matched, else upper bounds', async () => {
    const exact = await startExactSearch(fakePagefind([notice, other]), loader([notice, other]), '安泽县', {}, 'relevance');
    await exact.next(10);
    expect(await exact.filterCounts()).toEqual({ counts: { region: { 山西省: 1, 临汾市: 1, 安泽县: 2 }, year: { 2022: 1 } }, exact: true });
    const bound = await startExactSearch(fakePagefind([notice, other]), loader([notice, other]), '而未', {}, 'relevance');
    await bound.next(1);
    expect((await bound.filterCounts()).exact).toBe(false);
  });

  it('does not search without a query or filters', async () => {
    const calls: Array<[string | null, unknown]> = [];
    const search = await startExactSearch(fakePagefind([notice], calls), loader([notice]), '  ', {}, 'relevance');
    expect(await search.next(10)).toMatchObject({ matches: [], candidates: 0 });
    expect(calls).toEqual([]);
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
