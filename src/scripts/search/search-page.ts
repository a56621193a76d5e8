// The search page: runs the query in ?q= (with the filters and sort in the URL) on load, and again as
// the reader types or changes a filter, keeping the URL in step so that every search is a link.
// Contract: results go into #search-results (aria-busy="true" while a search runs, "false" once its
// results are in place), one <li> per page; #search-status (role="status") announces the count.
import { exactSearch, sortMatches, type ExactSearchResult } from '../../lib/search/exact-search.ts';
import { FILTER_KEYS, FILTER_LABELS, hasFilters, pagefindFilters, readState, writeState, type FilterKey, type SearchState } from '../../lib/search/state.ts';
import { IndexMismatchError, loadPagefind } from './engine.ts';
import { resultItem } from './render.ts';

/** Results shown at once; "显示更多结果" adds as many again. */
const PAGE_SIZE = 50;
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
  let last: { state: SearchState; result: ExactSearchResult } | undefined;
  let shown = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  /** Makes sure a select offers `value` (a value from the URL may not be among the loaded options yet). */
  const ensureOption = (element: HTMLSelectElement, value: string) => {
    if (value && ![...element.options].some((option) => option.value === value)) element.add(new Option(value, value));
  };

  const fillForm = () => {
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

  const showMore = () => {
    if (!last) return;
    const next = last.result.matches.slice(shown, shown + PAGE_SIZE);
    const items = next.map(resultItem);
    list.append(...items);
    shown += next.length;
    const remaining = last.result.matches.length - shown;
    more.hidden = remaining <= 0;
    more.textContent = `显示更多结果（还有 ${remaining} 个）`;
    return items;
  };

  /** Marks, once per page, when the first answer is on screen (read by the search bench). */
  let answered = false;
  const markAnswer = () => {
    if (answered) return;
    answered = true;
    performance.mark('search:first-result');
  };

  /** First results while the other candidates are still being checked: the list is not final yet. */
  const renderPartial = (current: SearchState, partial: ExactSearchResult) => {
    if (partial.matches.length === 0) return;
    list.replaceChildren(...partial.matches.slice(0, PAGE_SIZE).map(resultItem));
    more.hidden = true;
    empty.hidden = true;
    status.textContent = `已找到 ${partial.matches.length} 个包含“${current.q.trim()}”的页面，正在核对其余候选页面…`;
    markAnswer();
  };

  const render = (current: SearchState, result: ExactSearchResult) => {
    last = { state: current, result };
    shown = 0;
    list.replaceChildren();
    showMore();
    const { matches } = result;
    const query = current.q.trim();
    const filtered = hasFilters(current);
    const occurrences = matches.reduce((total, match) => total + match.count, 0);
    const within = filtered ? `（筛选：${filterSummary(current)}）` : '';
    if (!query && !filtered) status.textContent = '';
    else if (!query) status.textContent = `符合筛选条件的页面共 ${matches.length} 个${within}。`;
    else if (matches.length === 0) status.textContent = `没有找到包含“${query}”的页面${within}。${filtered ? '请试试去掉筛选条件。' : ''}`;
    else status.textContent = `找到 ${matches.length} 个包含“${query}”的页面，共 ${occurrences} 处${within}。`;

    empty.replaceChildren();
    empty.hidden = !(matches.length === 0 && (query || filtered));
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

  const run = async () => {
    const current = state;
    generation += 1;
    const mine = generation;
    if (!current.q.trim() && !hasFilters(current)) {
      last = undefined;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = '';
      list.dataset['query'] = '';
      list.dataset['count'] = '0';
      list.setAttribute('aria-busy', 'false');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
    try {
      const pagefind = await loadPagefind();
      const showFirst = (partial: ExactSearchResult) => {
        if (mine === generation && current.q.trim()) renderPartial(current, partial);
      };
      const [result] = await Promise.all([exactSearch(pagefind, current.q, pagefindFilters(current), current.sort, showFirst), filterOptions]);
      if (mine !== generation) return;
      render(current, result);
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent =
        error instanceof IndexMismatchError ? '搜索索引与本站版本不符，暂时无法搜索。请网站维护者用 npm run build 重新构建。' : '搜索暂时无法使用，请稍后刷新页面重试。';
      console.error(error);
    } finally {
      if (mine === generation) list.setAttribute('aria-busy', 'false');
    }
  };

  /** Fills the filter menus with the values Pagefind knows, each with its number of pages on the site. */
  const filterOptions = (async () => {
    const known = await loadPagefind().then((pagefind) => pagefind.filters());
    for (const key of FILTER_KEYS) {
      const element = select(key);
      if (!element) continue;
      const values = Object.entries(known[key] ?? {}).sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
      for (const [value, pages] of values) {
        const existing = [...element.options].find((option) => option.value === value);
        if (existing) existing.text = `${value}（${pages}）`;
        else element.add(new Option(`${value}（${pages}）`, value));
      }
      element.value = state.filters[key] ?? '';
    }
  })().catch(() => undefined);

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
    // A new order needs no new search.
    if (target === select('sort') && last && last.state.q === state.q && FILTER_KEYS.every((key: FilterKey) => last?.state.filters[key] === state.filters[key])) {
      render(state, { ...last.result, matches: sortMatches(last.result.matches, state.sort) });
      return;
    }
    void run();
  });
  addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    fillForm();
    void run();
  });
  more.addEventListener('click', () => showMore()?.[0]?.querySelector('a')?.focus());

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
  }
  void run();
}
