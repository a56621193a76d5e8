/**
 * The state of the search page, kept in its URL so that every search is a shareable link:
 * `/search/?q=批而未供&region=安泽县&year=2022&doctype=实施方案&issuer=…&kind=文件&sort=newest`. Pure functions.
 */

/**
 * Pagefind filters the search page offers, as pages set them with `data-pagefind-filter`:
 * region, issuer, year, document type and validity (有效 失效 废止 未注明) on notices, the kind of page (文件, 责任单位, 任务, 人员) on all.
 */
export const FILTER_KEYS = ['region', 'issuer', 'year', 'doctype', 'validity', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Labels of the filters, in the page's language. */
export const FILTER_LABELS: Readonly<Record<FilterKey, string>> = {
  region: '地区',
  issuer: '发文机关',
  year: '年份',
  doctype: '文种',
  validity: '效力',
  kind: '类别',
};

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];
export const SORT_LABELS: Readonly<Record<SortOrder, string>> = { relevance: '相关度', newest: '日期（新→旧）', oldest: '日期（旧→新）' };

export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Chosen filter values; a missing key means no filter. */
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/**
 * Reads the state from URL parameters; unknown parameters and empty values are ignored.
 * `sort=date` (newest first) is accepted for links made before there were two date orders.
 */
export function readState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') === 'date' ? 'newest' : params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance' };
}

/** URL parameters for a state, in a fixed order, leaving out empty values and the default sort. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether any filter is set. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => Boolean(state.filters[key]));
}

/** The `filters` option of Pagefind's search for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(FILTER_KEYS.flatMap((key) => (state.filters[key] ? [[key, state.filters[key]]] : [])));
}
