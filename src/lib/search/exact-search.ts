/**
 * Exact search on top of Pagefind: ask Pagefind for the candidate pages (those that have every one of
 * the query's index terms), then check candidates against their page records only as far as the
 * reader looks: a first search fetches the records of about one screen of results, and each "more"
 * as many again. Pure except for the Pagefind object and the record loader it is given, so it is
 * unit-tested with stand-ins.
 *
 * Every page that contains the query is a candidate (terms.ts), and a page is shown only once its
 * record is seen to contain the query (match.ts), so the results are exact; until every candidate is
 * checked, the count is a lower bound (the matches so far) and an upper bound (the candidates).
 */
import { SORT_NEWEST, SORT_OLDEST } from './index-format.ts';
import { matchPage, pageFacts, type PageMatch, type StoredPage } from './match.ts';
import { parseQuery } from './normalize.ts';
import type { SortOrder } from './state.ts';
import { queryTerms } from './terms.ts';

/** Filter values and their numbers of pages, by filter. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's JavaScript API (pagefind.js) that exact search uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: Array<{ id: string; /** Positions of the index words matched on the page. */ words: number[] }>; totalFilters?: FilterCounts } | null>;
}

/** Fetches the record of a page by Pagefind's id of it. */
export type PageLoader = (id: string) => Promise<StoredPage>;

export interface ExactSearchResult {
  /** Pages seen to contain the query (with no query: pages that pass the filters), in the requested order. */
  matches: PageMatch[];
  /** Pages Pagefind returned: every page that contains the query is one of them. */
  candidates: number;
  /** Candidates checked so far (their records fetched). */
  checked: number;
  /** The number of matching pages when known: with a query, once every candidate is checked; with none, the candidates. */
  total: number | undefined;
}

/** How many pages of each filter value have the query, for the filter menus. */
export interface QueryFilterCounts {
  /** Per filter, value → candidates for the query without the filters (Pagefind's counts). */
  counts: FilterCounts;
  /** True when the counts are the matching pages; else they are upper bounds (candidates not all checked, or some rejected). */
  exact: boolean;
}

/** An exact search in progress: `next` checks further candidates and returns everything found so far. */
export interface ExactSearch {
  /**
   * Checks candidates in order until `wanted` more matches are found, every candidate is checked, or
   * `maxChecks` records were fetched by this call; fetches `wanted` records at a time, in parallel.
   */
  next(wanted: number, maxChecks?: number): Promise<ExactSearchResult>;
  /**
   * The filter counts for the query, without its filters (empty without a query: then the site's
   * counts apply). Pagefind counts only the filters whose chunks it has loaded: call
   * `pagefind.filters()` first. Costs no request beyond those chunks.
   */
  filterCounts(): Promise<QueryFilterCounts>;
}

/** Orders matches: by relevance (title or document number contains the query, then more occurrences, then Pagefind's order) or by date (pages without a date last). */
export function sortMatches(matches: readonly PageMatch[], order: SortOrder): PageMatch[] {
  const relevance = (a: PageMatch, b: PageMatch) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.rank - b.rank;
  if (order === 'relevance') return [...matches].sort(relevance);
  const direction = order === 'newest' ? -1 : 1;
  return [...matches].sort((a, b) => {
    if (a.date && b.date && a.date !== b.date) return direction * a.date.localeCompare(b.date);
    if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
    return relevance(a, b);
  });
}

/** Pagefind's sort option for an order: dates through the builder's sort keys (index-format.ts). */
function pagefindSort(order: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (order === 'newest') return { [SORT_NEWEST]: 'desc' };
  if (order === 'oldest') return { [SORT_OLDEST]: 'asc' };
  return undefined;
}

/**
 * Starts an exact search for `rawQuery` (after normalisation), narrowed by Pagefind `filters`. With an
 * empty query, the pages that pass the filters; with neither, nothing.
 *
 * Candidates come in Pagefind's order (its relevance, or the date for the date orders), and matches
 * are listed in that order as they are checked. When the first `next` checks every candidate, the
 * list is ordered by {@link sortMatches}: then, by relevance, pages whose title or number contains the
 * query come first. (Later calls only add to the list, so that what a reader has seen stays in place.)
 */
export async function startExactSearch(
  pagefind: PagefindApi,
  loadPage: PageLoader,
  rawQuery: string,
  filters: Record<string, string>,
  order: SortOrder,
): Promise<ExactSearch> {
  const query = parseQuery(rawQuery).normalized;
  const hasFilters = Object.keys(filters).length > 0;
  const sort = pagefindSort(order);
  const terms = queryTerms(query);
  const term = query ? terms.join(' ') : null;
  let ids: string[] = [];
  if (query || hasFilters) {
    const response = await pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
    const results = response?.results ?? [];
    ids = results.map((result) => result.id);
    // Pagefind leaves out of the search a term that no page has, instead of returning no page. A page
    // has each index word once, at one position, and a pair's term matches only that pair's word
    // (terms.ts), so a candidate has one matched position per term: fewer mean a term no page has.
    if (terms.length > 1 && results.length > 0 && results[0]!.words.length < terms.length) ids = [];
  }
  const empty = query !== '' && ids.length === 0;

  const matches: PageMatch[] = [];
  let checked = 0;
  let calls = 0;
  let ordered = false;
  const check = async (id: string, rank: number): Promise<PageMatch | undefined> => {
    const page = await loadPage(id);
    return query ? matchPage(page, query, rank) : { url: page.url.split('#')[0]!, ...pageFacts(page), count: 0, inTitle: false, hits: [], rank };
  };
  const result = (): ExactSearchResult => {
    const done = checked === ids.length;
    const total = !query ? ids.length : done ? matches.length : undefined;
    return {
      matches: ordered ? sortMatches(matches, order) : [...matches],
      candidates: ids.length,
      checked,
      total,
    };
  };

  return {
    async next(wanted, maxChecks = Number.POSITIVE_INFINITY) {
      let found = 0;
      let fetched = 0;
      while (found < wanted && checked < ids.length && fetched < maxChecks) {
        const batch = ids.slice(checked, checked + Math.min(Math.max(1, wanted - found), maxChecks - fetched));
        const checks = await Promise.all(batch.map((id, offset) => check(id, checked + offset)));
        checked += batch.length;
        fetched += batch.length;
        for (const match of checks) {
          if (!match) continue;
          matches.push(match);
          found += 1;
        }
      }
      calls += 1;
      if (calls === 1 && checked === ids.length) ordered = true;
      return result();
    },
    async filterCounts() {
      // No query: the menus keep the whole site's counts (pagefind.filters()); no candidate: every count is 0.
      if (!query || empty) return { counts: {}, exact: true };
      const response = await pagefind.search(term, {});
      // Pagefind counts candidates: they are the matches when every one was checked and none rejected.
      const exact = !hasFilters && checked === ids.length && matches.length === ids.length;
      return { counts: response?.totalFilters ?? {}, exact };
    },
  };
}
