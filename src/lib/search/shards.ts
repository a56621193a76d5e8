/**
 * The search index in parts (shards): a first search reads one Pagefind index of at most a few
 * thousand pages, not the whole archive's. Pagefind's meta file lists every page and index chunk of
 * its index (about 12 bytes of gzip a page), so one index of a 3,000-notice archive costs 47 KB before
 * any word is looked up, and one of 10,000 notices about 150 KB. Pure functions: the index builder
 * (scripts/search-index.ts) plans the shards, the search page (exact-search.ts) reads them in order.
 *
 * Pages with a date (notices) come first, newest first, cut into shards of equal size; pages without
 * one (units, people, task lists) follow in their own shards. So a search reads the newest notices
 * first, and each date order reads the shards in turn: newest first from the first shard, oldest
 * first from the last dated shard back, the pages without a date last in both (as Pagefind's own
 * sort keys put them within a shard). A site of at most {@link DEFAULT_SHARD_PAGES} pages has one index.
 */
import type { SortOrder } from './state.ts';

/**
 * Pages per shard at most. With Pagefind's fixed costs (its WebAssembly and script, about 70 KB) and
 * a screen of page records (about 25 KB), a first search that reads two shards of this size stays
 * within 150 KB (README, Search). `SEARCH_SHARD_PAGES` overrides it at build time (tests use small shards).
 */
export const DEFAULT_SHARD_PAGES = 1000;

/** Folder of a shard's Pagefind bundle inside the site's `pagefind/` folder: the first shard is the folder itself. */
export function shardFolder(index: number): string {
  return index === 0 ? '' : `shard-${index}/`;
}

/** What the planner needs of a page. */
export interface ShardablePage {
  /** The page's date (`YYYY-MM-DD`), if it has one. */
  date: string | undefined;
  /** Orders pages of the same date (their file path): the plan is the same on every build. */
  key: string;
  /** Pages marked late (the largest pages) go after the others of their group. */
  late?: boolean;
}

/**
 * Cuts `pages` into shards of at most `maxPages`, each shard the indexes of its pages in index order
 * (Pagefind ranks a query's candidates, which all have each index word once, in this order). Dated
 * pages newest first, then undated ones, late pages last in each group; one shard when everything fits.
 * @returns the shards in order, and for each whether its pages have dates
 */
export function planShards(pages: readonly ShardablePage[], maxPages: number): Array<{ pages: number[]; dated: boolean }> {
  if (!(maxPages >= 1)) throw new Error(`A search index shard must hold at least one page (got ${maxPages}).`);
  const byKey = (a: number, b: number) => {
    const pa = pages[a]!;
    const pb = pages[b]!;
    return Number(pa.late ?? false) - Number(pb.late ?? false) || (pa.key < pb.key ? -1 : pa.key > pb.key ? 1 : 0);
  };
  const indexes = pages.map((_, index) => index);
  const dated = indexes.filter((index) => pages[index]!.date !== undefined);
  const undated = indexes.filter((index) => pages[index]!.date === undefined);
  dated.sort((a, b) => {
    const da = pages[a]!.date!;
    const db = pages[b]!.date!;
    return (da < db ? 1 : da > db ? -1 : 0) || byKey(a, b);
  });
  undated.sort(byKey);
  if (pages.length <= maxPages) return pages.length === 0 ? [] : [{ pages: [...dated, ...undated], dated: dated.length > 0 }];
  const cut = (group: number[], isDated: boolean) => {
    const count = Math.ceil(group.length / maxPages);
    const size = Math.ceil(group.length / count);
    return Array.from({ length: count }, (_, shard) => ({ pages: group.slice(shard * size, (shard + 1) * size), dated: isDated }));
  };
  return [...cut(dated, true), ...cut(undated, false)].filter((shard) => shard.pages.length > 0);
}

/** A shard as the search page reads it (from the index manifest). */
export interface ShardInfo {
  /** Its bundle folder in the site's `pagefind/` folder ({@link shardFolder}). */
  folder: string;
  /** Pagefind's cache tag of its index (the index hash): its entry file is fetched as `pagefind-entry.json?ts=<tag>`. */
  cacheTag: string;
  /** Pages in it. */
  pages: number;
  /** Whether its pages have dates (else it holds pages without one, planned after every dated shard). */
  dated: boolean;
  /** Per filter, value → its pages in the shard, so that a filtered search skips shards without the value. */
  filters: Record<string, Record<string, number>>;
}

/**
 * The years a query names, as a document number (安政办发〔2022〕50号) or a date (2022年9月) does: four
 * digits from 1900 to 2099 that are not part of a longer number. Pure function.
 */
export function yearsNamed(query: string): string[] {
  return [...new Set(query.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [])];
}

/**
 * The order in which a search reads the shards; shards with no page for one of `filters` are left out.
 * By date, the dated ones newest first (oldest first for `oldest`), then the undated ones.
 *
 * By relevance, first the dated shards with notices of a year the query names (`years`, from
 * {@link yearsNamed}: a document number is most likely found in the notices of its year), else the
 * newest dated shard; then the undated ones; then the other dated ones. The undated pages (a person's,
 * a unit's, the task list) gather what every notice says about someone, so a name finds them in a
 * first search instead of an older shard of notices that may not mention it. Measured at 3,000
 * notices (three dated shards, one undated): 卢正中 found its person page in a first search; the
 * document number, read newest first, found nothing in the two shards a first search reads.
 */
export function shardOrder(
  shards: readonly Pick<ShardInfo, 'dated' | 'filters'>[],
  order: SortOrder,
  filters: Readonly<Record<string, string>> = {},
  years: readonly string[] = [],
): number[] {
  const eligible = (index: number) => Object.entries(filters).every(([key, value]) => (shards[index]!.filters[key]?.[value] ?? 0) > 0);
  const indexes = shards.map((_, index) => index).filter(eligible);
  const dated = indexes.filter((index) => shards[index]!.dated);
  const undated = indexes.filter((index) => !shards[index]!.dated);
  if (order === 'relevance') {
    const ofYears = dated.filter((index) => years.some((year) => (shards[index]!.filters['year']?.[year] ?? 0) > 0));
    const first = ofYears.length > 0 ? ofYears : dated.slice(0, 1);
    return [...first, ...undated, ...dated.filter((index) => !first.includes(index))];
  }
  return [...(order === 'oldest' ? dated.reverse() : dated), ...undated];
}

/**
 * At most how many pages of a shard pass `filters`: its pages without filters, else the smallest of
 * the chosen values' counts (a page may have several values of one filter, so this is a bound).
 */
export function shardPagesWithin(shard: Pick<ShardInfo, 'pages' | 'filters'>, filters: Readonly<Record<string, string>>): number {
  return Math.min(shard.pages, ...Object.entries(filters).map(([key, value]) => shard.filters[key]?.[value] ?? 0));
}

/** The site's pages per filter value: the shards' counts added up. */
export function siteFilterCounts(shards: readonly Pick<ShardInfo, 'filters'>[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const shard of shards)
    for (const [key, values] of Object.entries(shard.filters)) {
      const into = (counts[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  return counts;
}

/** Per filter, value → pages having it, of pages' `data-pagefind-filter` values. */
export function countFilters(pages: Iterable<Readonly<Record<string, readonly string[]>>>): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const filters of pages)
    for (const [key, values] of Object.entries(filters)) {
      const into = (counts[key] ??= {});
      for (const value of new Set(values)) into[value] = (into[value] ?? 0) + 1;
    }
  return counts;
}
