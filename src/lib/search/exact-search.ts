/**
 * Exact search on top of Pagefind: ask Pagefind for candidates with the query's index terms, check
 * each candidate's stored text, order what remains. Pure except for the Pagefind object it is given,
 * so it is unit-tested with a stand-in.
 */
import { matchPage, pageFacts, type PageMatch, type StoredPage } from './match.ts';
import { parseQuery } from './normalize.ts';
import type { SortOrder } from './state.ts';
import { queryTerms } from './terms.ts';

/** The part of Pagefind's JavaScript API (pagefind.js) that exact search uses. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ id: string; data(): Promise<StoredPage> }> } | null>;
}

export interface ExactSearchResult {
  /** Pages that contain the query, in the requested order. */
  matches: PageMatch[];
  /** Pages Pagefind returned before checking. */
  candidates: number;
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

/** Checked candidates after which the first results may be shown, while the rest are still checked. */
export const FIRST_RESULTS_AFTER = 10;

/**
 * The pages whose text contains `rawQuery` (after normalisation), narrowed by Pagefind `filters`.
 * With an empty query, the pages that pass the filters (all of them count as matches, without hits);
 * with neither, nothing.
 * Candidates are fetched all at once and checked as they arrive; `onProgress`, if given, is called
 * once with the matches so far when the first {@link FIRST_RESULTS_AFTER} candidates are checked and
 * others are still to come, so that a page can show first results early. The returned result is
 * complete.
 */
export async function exactSearch(
  pagefind: PagefindApi,
  rawQuery: string,
  filters: Record<string, string>,
  order: SortOrder,
  onProgress?: (partial: ExactSearchResult) => void,
): Promise<ExactSearchResult> {
  const query = parseQuery(rawQuery).normalized;
  const hasFilters = Object.keys(filters).length > 0;
  if (!query && !hasFilters) return { matches: [], candidates: 0 };
  const terms = queryTerms(query);
  const response = await pagefind.search(query ? terms.join(' ') : null, { filters });
  const results = response?.results ?? [];
  const matches: PageMatch[] = [];
  let checked = 0;
  await Promise.all(
    results.map(async (result, rank) => {
      const page = await result.data();
      const match = query ? matchPage(page, query, rank) : { url: page.url.split('#')[0]!, ...pageFacts(page), count: 0, inTitle: false, hits: [], rank };
      if (match) matches.push(match);
      checked += 1;
      if (checked === FIRST_RESULTS_AFTER && checked < results.length) onProgress?.({ matches: sortMatches(matches, order), candidates: results.length });
    }),
  );
  return { matches: sortMatches(matches, order), candidates: results.length };
}
