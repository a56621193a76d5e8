// The search page: runs the query in ?q= (with the filters and sort in the URL) on load, and again as
// the reader types or changes a filter, keeping the URL in step so that every search is a link.
// Contract: results go into #search-results (aria-busy="true" while a search runs or more results
// load, "false" once they are in place; data-complete="true" once every shard is read and every candidate page checked),
// one <li> per page; #search-status (role="status") announces the count, exact or "至少 …".
// A search fetches the records of about one screen of candidate pages from the first shards of the
// index (shardOrder); "显示更多结果" checks the next, and reads further shards once those are checked.
import {
  sortMatches,
  startExactSearch,
  type ExactSearch,
  type ExactSearchResult,
  type FilterCounts,
  type QueryFilterCounts,
  type ShardedIndex,
} from '../../lib/search/exact-search.ts';
import { FILTER_KEYS, FILTER_LABELS, hasFilters, pagefindFilters, readState, writeState, type FilterKey, type SearchState } from '../../lib/search/state.ts';
import { siteFilterCounts } from '../../lib/search/shards.ts';
import { IndexMismatchError, loadIndex, loadPageRecord, reloadIndex } from './engine.ts';
import { resultItem } from './render.ts';

/** Results shown at once; "显示更多结果" adds as many again. About one phone screen and a half. */
const PAGE_SIZE = 5;
/** Page records fetched at most per search or "more", so that a query with many candidates that do not contain it stays cheap. */
const MAX_CHECKS = 12;
/**
 * Index shards read at most per search or "more" (src/lib/search/shards.ts): two shards' meta files
 * and chunks, with Pagefind's own files and a screen of records, stay within the bytes a first
 * search may cost (README, Budgets).
 */
const SHARDS_PER_REQUEST = 2;
const TYPING_DELAY_MS = 350;

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  const status = document.getElementById('search-status');
  const empty = document.getElementById('search-empty');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !input || !list || !status || !empty || !more) return;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

  let state = readState(new URLSearchParams(location.search));
  let generation = 0;
  let last: { state: SearchState; search: ExactSearch; result: ExactSearchResult } | undefined;
  let shown = 0;
  /** The whole site's counts per filter value (from the index manifest), once loaded. */
  let siteCounts: FilterCounts | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  /** Makes sure a select offers `value` (a value from the URL may not be among the loaded options yet). */
  const ensureOption = (element: HTMLSelectElement, value: string) => {
    if (value && ![...element.options].some((option) => option.value === value)) element.add(new Option(value, value));
  };

  /** The closed filter control says how many filters are chosen. */
  const filterBadge = document.getElementById('search-filter-summary');
  const showChosen = (current: SearchState) => {
    if (!filterBadge) return;
    const chosen = FILTER_KEYS.filter((key) => current.filters[key]).length;
    filterBadge.textContent = chosen > 0 ? `（已选 ${chosen} 项）` : '';
  };

  const fillForm = () => {
    showChosen(state);
    input.value = state.q;
    for (const key of FILTER_KEYS) {
      const element = select(key);
      if (!element) continue;
      ensureOption(element, state.filters[key] ?? '');
      element.value = state.filters[key] ?? '';
    }
    const sort = select('sort');
    if (sort) sort.value = state.sort;
  };

  const formState = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const value = select(key)?.value;
      if (value) filters[key] = value;
    }
    return readState(writeState({ q: input.value, filters, sort: (select('sort')?.value as SearchState['sort'] | undefined) ?? 'relevance' }));
  };

  const setUrl = (mode: 'push' | 'replace') => {
    const query = writeState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const filterSummary = (current: SearchState) =>
    FILTER_KEYS.filter((key) => current.filters[key])
      .map((key) => `${FILTER_LABELS[key]}：${current.filters[key]}`)
      .join('，');

  /** Appends the matches not shown yet and sets the "more" button. */
  const appendNew = (result: ExactSearchResult) => {
    const items = result.matches.slice(shown).map(resultItem);
    list.append(...items);
    shown = result.matches.length;
    const unchecked = result.candidates - result.checked;
    const complete = unchecked <= 0 && result.unreadPages <= 0;
    more.hidden = complete;
    more.textContent =
      result.total !== undefined
        ? `显示更多结果（还有 ${result.total - shown} 个）`
        : unchecked > 0
          ? `显示更多结果（还有 ${unchecked} 个可能包含的页面待核对）`
          : `继续搜索其余页面（还有 ${result.unreadPages} 个页面未搜索）`;
    list.dataset['complete'] = String(complete);
    list.dataset['candidates'] = String(result.candidates);
    return items;
  };

  /** Marks, once per page, when the first answer is on screen (read by the search bench). */
  let answered = false;
  const markAnswer = () => {
    if (answered) return;
    answered = true;
    performance.mark('search:first-result');
  };

  const describe = (current: SearchState, result: ExactSearchResult) => {
    const { matches } = result;
    const query = current.q.trim();
    const filtered = hasFilters(current);
    const occurrences = matches.reduce((total, match) => total + match.count, 0);
    const within = filtered ? `（筛选：${filterSummary(current)}）` : '';
    if (!query && !filtered) return '';
    if (!query) return `符合筛选条件的页面共 ${result.total ?? matches.length} 个${within}。`;
    if (result.total === 0) return `没有找到包含“${query}”的页面${within}。${filtered ? '请试试去掉筛选条件。' : ''}`;
    if (result.total !== undefined) return `找到 ${result.total} 个包含“${query}”的页面，共 ${occurrences} 处${within}。`;
    const unchecked = result.candidates - result.checked;
    const rest = [unchecked > 0 ? `${unchecked} 个可能包含的页面待核对` : '', result.unreadPages > 0 ? `${result.unreadPages} 个页面尚未搜索` : '']
      .filter(Boolean)
      .join('，');
    if (matches.length === 0) return `在已搜索的 ${result.readPages} 个页面中尚未找到包含“${query}”的页面${within}；还有 ${rest}。`;
    return `至少 ${matches.length} 个页面包含“${query}”${within}，还有 ${rest}。`;
  };

  /** The search (by its generation) whose first matches are on screen while it runs. */
  let partialOf: number | undefined;
  /** Shows the first matches of a search still under way (the list stays busy, the status says it is searching). */
  const renderPartial = (current: SearchState, partial: ExactSearchResult) => {
    showChosen(current);
    if (partialOf !== generation) {
      partialOf = generation;
      shown = 0;
      list.replaceChildren();
      empty.hidden = true;
    }
    appendNew(partial);
    markAnswer();
  };

  const render = (current: SearchState, result: ExactSearchResult) => {
    showChosen(current);
    // The matches shown while the search ran stay in place (the list keeps their order: exact-search.ts).
    if (partialOf !== generation) {
      shown = 0;
      list.replaceChildren();
    }
    partialOf = undefined;
    appendNew(result);
    const { matches } = result;
    const query = current.q.trim();
    const filtered = hasFilters(current);
    status.textContent = describe(current, result);

    empty.replaceChildren();
    empty.hidden = !(result.total === 0 && (query || filtered));
    if (!empty.hidden) {
      const advice = document.createElement('p');
      if (filtered) {
        advice.append('可以取消筛选条件再试：');
        const clear = document.createElement('a');
        clear.setAttribute('href', `${location.pathname}?${writeState({ q: query, filters: {}, sort: current.sort }).toString()}`);
        clear.textContent = '取消全部筛选，重新搜索';
        clear.addEventListener('click', (event) => {
          event.preventDefault();
          state = { ...state, filters: {} };
          fillForm();
          setUrl('push');
          void run();
        });
        advice.append(clear);
        advice.append('。');
      } else {
        advice.textContent = '搜索只找与输入完全一致的文字（不计空格，〔〕【】［］[]（）视为相同）。可以缩短搜索词，或检查有无错字。';
      }
      empty.append(advice);
    }
    list.dataset['query'] = current.q;
    list.dataset['count'] = String(matches.length);
    markAnswer();
    performance.mark('search:results');
  };

  const filterPanel = document.getElementById('search-filter-panel') as HTMLDetailsElement | null;
  /** Resolves when the filter control is next opened. */
  const panelOpened = () =>
    new Promise<void>((resolve) => {
      const onToggle = () => {
        if (!filterPanel?.open) return;
        filterPanel.removeEventListener('toggle', onToggle);
        resolve();
      };
      filterPanel?.addEventListener('toggle', onToggle);
    });

  /** Shows each filter value's number of pages in its menu: for the query, else for the site. */
  const showCounts = async (current: SearchState, search: ExactSearch | undefined) => {
    const site = siteCounts;
    if (!site) return;
    let forQuery: QueryFilterCounts | undefined;
    if (current.q.trim() && search) {
      // The query's counts load each shard's filter chunks: on a phone, where the filters are one
      // closed control, only once the reader opens it (until then the menus keep the site's counts).
      if (filterPanel && !filterPanel.open) {
        writeCounts(site, undefined);
        await panelOpened();
        if (state !== current) return;
      }
      // Unknown until every shard is read unfiltered: then the menus keep the site's counts.
      forQuery = await search.filterCounts();
    }
    if (state !== current) return;
    writeCounts(site, forQuery);
  };

  /** Writes each filter value's number of pages into its menu option. */
  const writeCounts = (site: FilterCounts, forQuery: QueryFilterCounts | undefined) => {
    for (const key of FILTER_KEYS) {
      const element = select(key);
      if (!element) continue;
      for (const option of element.options) {
        if (!option.value) continue;
        const count = forQuery ? (forQuery.counts[key]?.[option.value] ?? 0) : (site[key]?.[option.value] ?? 0);
        option.text = `${option.value}（${forQuery && !forQuery.exact && count > 0 ? '≤' : ''}${count}）`;
      }
    }
    form.dataset['counts'] = forQuery ? (forQuery.exact ? 'query' : 'query-bound') : 'site';
  };

  const run = async () => {
    const current = state;
    generation += 1;
    const mine = generation;
    if (!current.q.trim() && !hasFilters(current)) {
      last = undefined;
      void showCounts(current, undefined);
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = '';
      list.dataset['query'] = '';
      list.dataset['count'] = '0';
      list.dataset['complete'] = 'true';
      list.dataset['candidates'] = '0';
      list.setAttribute('aria-busy', 'false');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
    try {
      const begin = async (index: ShardedIndex) => {
        const search = await startExactSearch(index, loadPageRecord, current.q, pagefindFilters(current), current.sort);
        // Matches found while a further shard is searched are shown at once; the status waits for the whole answer.
        const showSoFar = (partial: ExactSearchResult) => (mine === generation ? renderPartial(current, partial) : undefined);
        return { search, result: await search.next(PAGE_SIZE, MAX_CHECKS, SHARDS_PER_REQUEST, showSoFar) };
      };
      const { search, result } = await begin(await loadIndex()).catch(async (error: unknown) => {
        // Once, with the entry file read afresh (engine.ts, reloadIndex): the index may be newer than this page.
        const fresh = error instanceof IndexMismatchError ? undefined : await reloadIndex();
        if (!fresh) throw error;
        return begin(fresh);
      });
      if (mine !== generation) return;
      last = { state: current, search, result };
      render(current, result);
      // The menus' values and counts load after the results, so that they do not delay them.
      void filterOptions().then(() => (mine === generation ? showCounts(current, search) : undefined));
    } catch (error) {
      if (mine !== generation) return;
      partialOf = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent =
        error instanceof IndexMismatchError
          ? '搜索索引与本站版本不符，暂时无法搜索。请网站维护者用 npm run build 重新构建。'
          : '搜索暂时无法使用，请稍后刷新页面重试。';
      console.error(error);
    } finally {
      if (mine === generation) list.setAttribute('aria-busy', 'false');
    }
  };

  /** Fills the filter menus with the values the index knows (its manifest counts them). */
  let optionsLoading: Promise<void> | undefined;
  const filterOptions = () =>
    (optionsLoading ??= (async () => {
      const known = await loadIndex().then((index) => siteFilterCounts(index.shards));
      siteCounts = known;
      for (const key of FILTER_KEYS) {
        const element = select(key);
        if (!element) continue;
        const values = Object.keys(known[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
        for (const value of values) if (![...element.options].some((option) => option.value === value)) element.add(new Option(value, value));
        element.value = state.filters[key] ?? '';
      }
    })().catch(() => undefined));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = formState();
    setUrl('push');
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const next = formState();
      if (next.q === state.q) return;
      state = next;
      setUrl('replace');
      void run();
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === input) return;
    state = formState();
    setUrl('push');
    // A new order needs no new search when every candidate is checked already.
    const previous = last;
    if (
      target === select('sort') &&
      previous &&
      previous.result.total !== undefined &&
      previous.state.q === state.q &&
      FILTER_KEYS.every((key: FilterKey) => previous.state.filters[key] === state.filters[key])
    ) {
      const result = { ...previous.result, matches: sortMatches(previous.result.matches, state.sort) };
      last = { ...previous, state, result };
      render(state, result);
      return;
    }
    void run();
  });
  addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    fillForm();
    void run();
  });
  more.addEventListener('click', async () => {
    const current = last;
    if (!current || list.getAttribute('aria-busy') === 'true') return;
    const mine = generation;
    const shownBefore = shown;
    list.setAttribute('aria-busy', 'true');
    try {
      const result = await current.search.next(PAGE_SIZE, MAX_CHECKS, SHARDS_PER_REQUEST, (partial) => (mine === generation ? appendNew(partial) : undefined));
      if (mine !== generation) return;
      last = { ...current, result };
      appendNew(result);
      status.textContent = describe(current.state, result);
      list.dataset['count'] = String(result.matches.length);
      if (result.total !== undefined) void showCounts(current.state, current.search);
      // The first result this click added, whether it came with the answer or while it was searched.
      (list.children[shownBefore]?.querySelector('a') ?? (more.hidden ? undefined : more))?.focus();
    } catch (error) {
      if (mine !== generation) return;
      // The results shown stay; asking for more again would fail the same way until the page is reloaded.
      more.hidden = true;
      status.textContent = '搜索暂时无法使用，请稍后刷新页面重试。';
      console.error(error);
    } finally {
      if (mine === generation) list.setAttribute('aria-busy', 'false');
    }
  });

  // Arrow keys move between the search box and the results (their title links); Enter follows a link.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > a:first-child')];
  form.addEventListener('keydown', (event) => {
    if (event.target === input && event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') (all[at + 1] ?? (more.hidden ? all[at] : more))?.focus();
    else if (at === 0) input.focus();
    else all[at - 1]!.focus();
  });

  // The filters are already shown: SearchForm.astro unhides them while the page is parsed.
  fillForm();
  if (state.q.trim() || hasFilters(state)) {
    // Busy from the start, so that nothing reads the empty list as "no results".
    list.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
  } else {
    // Nothing to search yet: the menus can have their values (and the site's counts) now.
    void filterOptions().then(() => showCounts(state, undefined));
  }
  void run();
}
