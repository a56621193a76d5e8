/**
 * Exact search on top of Pagefind: ask Pagefind for the candidate pages (those that have every one of
 * the query's index terms), then check candidates against their page records only as far as the
 * reader looks: a first search fetches the records of about one screen of results, and each "more"
 * as many again. Pure except for the Pagefind object and the record loader it is given, so it is
 * unit-tested with stand-ins.
 *
 * Every page that contains the query is a candidate (terms.ts), and a page is shown only once its
 * record is seen to contain the query (match.ts), so the results are exact; until every candidate is
 * checked and every shard of the index read (shards.ts), the count is a lower bound (the matches so
 * far), and the candidates and the pages of the unread shards an upper bound.
 */
import { SORT_NEWEST, SORT_OLDEST } from './index-format.ts';
import { matchPage, pageFacts, type PageMatch, type StoredPage } from './match.ts';
import { parseQuery } from './normalize.ts';
import type { SortOrder } from './state.ts';
import { shardOrder, shardPagesWithin, yearsNamed, type ShardInfo } from './shards.ts';
import { queryTerms } from './terms.ts';

/** Filter values and their numbers of pages, by filter. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's JavaScript API (pagefind.js) that exact search uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: Array<{ id: string; /** Positions of the index words matched on the page. */ words: number[] }>; totalFilters?: FilterCounts } | null>;
  /** The index's filter values and their pages; loads every filter chunk, after which searches count them too. */
  filters(): Promise<FilterCounts>;
}

/** Fetches the record of a page by Pagefind's id of it. */
export type PageLoader = (id: string) => Promise<StoredPage>;

export interface ExactSearchResult {
  /** Pages seen to contain the query (with no query: pages that pass the filters), in the requested order. */
  matches: PageMatch[];
  /** Pages Pagefind returned from the shards read so far: every page there that contains the query is one of them. */
  candidates: number;
  /** Candidates checked so far (their records fetched). */
  checked: number;
  /** Pages (that may pass the filters) in the shards read so far. */
  readPages: number;
  /** Pages (that may pass the filters) in the shards not read yet: they may hold more matches. */
  unreadPages: number;
  /** The number of matching pages once known (every shard read, every candidate checked): with a query, the matches; with none, the candidates. */
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
   * Checks candidates in order until `wanted` more matches are found, every candidate of every shard
   * is checked, `maxChecks` records were fetched by this call, or the candidates of `maxShards`
   * shards read by this call are all checked; fetches `wanted` records at a time, in parallel.
   * `onProgress` is given the result so far each time the call, having found matches it has not
   * reported, waits for a further shard's search: so that a reader sees the first matches without
   * waiting for that shard. A first call that reported progress leaves the list in the order shown.
   */
  next(wanted: number, maxChecks?: number, maxShards?: number, onProgress?: (partial: ExactSearchResult) => void): Promise<ExactSearchResult>;
  /**
   * The filter counts for the query, without its filters: empty without a query (then the site's
   * counts apply); undefined while they are unknown (a shard is not read yet, or was skipped for a filter).
   * Loads each shard's filter chunks (one request per filter and shard), which Pagefind needs to count.
   */
  filterCounts(): Promise<QueryFilterCounts | undefined>;
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

/** The search index as exact search reads it: its shards (shards.ts), each opened on first use. */
export interface ShardedIndex {
  shards: readonly ShardInfo[];
  /** Pagefind for shard `index` (its index is loaded on first use, once). */
  open(index: number): Promise<PagefindApi>;
}

/**
 * Starts an exact search for `rawQuery` (after normalisation), narrowed by Pagefind `filters`. With an
 * empty query, the pages that pass the filters; with neither, nothing.
 *
 * The shards are read in {@link shardOrder} (shards without a chosen filter value are skipped), each
 * only once the candidates of those before it are all checked, or while they are checked when they
 * are too few to fill the request, so that a search reads no more of the index than the reader looks at. Within a shard, candidates come in
 * Pagefind's order (its relevance, which is the index order, or the date for the date orders), and
 * matches are listed in that order as they are checked. When the first `next` checks every candidate
 * of every shard, the list is ordered by {@link sortMatches}: then, by relevance, pages whose title or
 * number contains the query come first. (Later calls only add to the list, so that what a reader has
 * seen stays in place.)
 */
export async function startExactSearch(
  index: ShardedIndex,
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
  const searching = query !== '' || hasFilters;
  const shardsToRead = searching ? shardOrder(index.shards, order, filters, yearsNamed(query)) : [];
  let read = 0;
  const ids: string[] = [];

  /** Reads the next shard's candidates. */
  const readShard = async () => {
    const pagefind = await index.open(shardsToRead[read]!);
    const response = await pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
    read += 1;
    const results = response?.results ?? [];
    // Pagefind leaves out of the search a term that no page has, instead of returning no page. A page
    // has each index word once, at one position, and a pair's term matches only that pair's word
    // (terms.ts), so a candidate has one matched position per term: fewer mean a term no page of the shard has.
    if (terms.length > 1 && results.length > 0 && results[0]!.words.length < terms.length) return;
    ids.push(...results.map((result) => result.id));
  };

  const matches: PageMatch[] = [];
  let checked = 0;
  let calls = 0;
  let ordered = false;
  const check = async (id: string, rank: number): Promise<PageMatch | undefined> => {
    const page = await loadPage(id);
    return query ? matchPage(page, query, rank) : { url: page.url.split('#')[0]!, ...pageFacts(page), count: 0, inTitle: false, hits: [], rank };
  };
  const result = (): ExactSearchResult => {
    const pagesOf = (shards: number[]) => shards.reduce((total, shard) => total + shardPagesWithin(index.shards[shard]!, filters), 0);
    const done = checked === ids.length && read === shardsToRead.length;
    return {
      matches: ordered ? sortMatches(matches, order) : [...matches],
      candidates: ids.length,
      checked,
      readPages: pagesOf(shardsToRead.slice(0, read)),
      unreadPages: pagesOf(shardsToRead.slice(read)),
      total: !done ? undefined : query ? matches.length : ids.length,
    };
  };

  return {
    async next(wanted, maxChecks = Number.POSITIVE_INFINITY, maxShards = Number.POSITIVE_INFINITY, onProgress) {
      let found = 0;
      let fetched = 0;
      let shardsRead = 0;
      let reported = matches.length;
      const report = () => {
        if (!onProgress || matches.length === reported) return;
        reported = matches.length;
        onProgress(result());
      };
      const startedWith = matches.length;
      // The next shard's search, started while this one's candidates are checked.
      let nextShard: Promise<void> | undefined;
      while (found < wanted && fetched < maxChecks) {
        if (checked === ids.length) {
          if (nextShard) {
            report();
            await nextShard;
            nextShard = undefined;
            continue;
          }
          if (read === shardsToRead.length || shardsRead >= maxShards) break;
          report();
          await readShard();
          shardsRead += 1;
          // Too few candidates to fill the request even if every one matches: the next shard will be
          // read in any case, so its search runs while these are checked. Its candidates come after
          // these (readShard appends them), so the order is the same as reading in turn.
          if (ids.length - checked < wanted - found && read < shardsToRead.length && shardsRead < maxShards) {
            nextShard = readShard();
            // Handled where it is awaited; this only keeps a failure from being reported before then.
            nextShard.catch(() => undefined);
            shardsRead += 1;
          }
          continue;
        }
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
      // A request that stopped at its bound of checks still finishes the shard it started reading.
      if (nextShard) {
        report();
        await nextShard;
      }
      calls += 1;
      // Sorted only when no match was shown before the whole list was known.
      if (calls === 1 && reported === startedWith && checked === ids.length && read === shardsToRead.length) ordered = true;
      return result();
    },
    async filterCounts() {
      // No query: the menus keep the whole site's counts.
      if (!query) return { counts: {}, exact: true };
      // The query's counts without its filters are Pagefind's over every shard: known once every shard is read.
      if (shardsToRead.length < index.shards.length || read < shardsToRead.length) return undefined;
      const counts: FilterCounts = {};
      for (const shard of shardsToRead) {
        const pagefind = await index.open(shard);
        // Pagefind counts a filter only once its chunk is loaded.
        await pagefind.filters();
        const response = await pagefind.search(term, {});
        for (const [key, values] of Object.entries(response?.totalFilters ?? {})) {
          const into = (counts[key] ??= {});
          for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
        }
      }
      // Pagefind counts candidates: they are the matches when every one was checked and none rejected.
      return { counts, exact: !hasFilters && checked === ids.length && matches.length === ids.length };
    },
  };
}
