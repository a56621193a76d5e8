// The search page: runs ?q= (with ?region= ?issuer= ?year= ?doctype= ?kind= ?sort=date) through Pagefind,
// keeps only pages whose text contains the query exactly (normalised), and lists them with
// highlighted excerpts linking to the clause of the first match.
import { normalizeForMatch } from '../lib/text/normalize.ts';
import { anchorAt, excerptAround, matchOffsets, searchTermsOf, type AnchorOffset } from '../lib/search/text.ts';

interface PagefindData { url: string; content: string; meta: Record<string, string> }
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: Record<string, unknown>) => Promise<{ results: Array<{ data: () => Promise<PagefindData> }> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const FILTERS = { region: '地区', issuer: '发文机关', year: '年份', doctype: '文种', kind: '类别' } as const;
type FilterParam = keyof typeof FILTERS;
const PAGE_SIZE = 20;

/** A verified match, ready to render. */
interface Match { data: PagefindData; offsets: number[]; normalized: string }

function renderMatch(match: Match, query: string): HTMLLIElement {
  const { data, offsets, normalized } = match;
  const anchors = JSON.parse(data.meta['anchors'] ?? '[]') as AnchorOffset[];
  const first = offsets[0] ?? 0;
  const anchor = anchorAt(anchors, first);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `${data.url}${anchor ? `#${anchor}` : ''}`;
  link.textContent = data.meta['title'] ?? data.url;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [data.meta['docNumber'], data.meta['issuer'], data.meta['date']].filter(Boolean).join(' · ');
  item.append(link, meta);
  const length = normalizeForMatch(query).length;
  for (const offset of offsets.slice(0, 3)) {
    const parts = excerptAround(normalized, offset, length);
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    const mark = document.createElement('mark');
    mark.textContent = parts.match;
    const clause = anchorAt(anchors, offset);
    if (clause) {
      const jump = document.createElement('a');
      jump.href = `${data.url}#${clause}`;
      jump.append(parts.before, mark, parts.after);
      excerpt.append(jump);
    } else excerpt.append(parts.before, mark, parts.after);
    item.append(excerpt);
  }
  if (offsets.length > 3) {
    const more = document.createElement('p');
    more.className = 'source-note';
    more.textContent = `本页共 ${offsets.length} 处`;
    item.append(more);
  }
  return item;
}

export async function runSearchPage(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const moreButton = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !input || !list || !status || !moreButton) return;
  input.value = query;

  const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: '/' });
  } catch {
    status.textContent = '搜索索引无法加载，请稍后再试。';
    list.setAttribute('aria-busy', 'false');
    return;
  }

  // Filter selects are filled from the index, and keep the values from the URL.
  const available = await pagefind.filters();
  for (const [param, key] of Object.entries(FILTERS) as Array<[FilterParam, string]>) {
    const select = form.elements.namedItem(param) as HTMLSelectElement | null;
    if (!select) continue;
    for (const [value, count] of Object.entries(available[key] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
      select.append(new Option(`${value}（${count}）`, value));
    }
    select.value = params.get(param) ?? '';
  }
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement | null;
  if (sortSelect) sortSelect.value = params.get('sort') ?? '';
  form.querySelector('.search-filters')?.removeAttribute('hidden');
  if (!query) return;

  list.setAttribute('aria-busy', 'true');
  status.textContent = '正在搜索…';
  const filters: Record<string, string> = {};
  for (const [param, key] of Object.entries(FILTERS) as Array<[FilterParam, string]>) {
    const value = params.get(param);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') === 'date' ? { date: 'desc' } : undefined;
  const search = await pagefind.search(searchTermsOf(query), { filters, ...(sort ? { sort } : {}) });
  const needle = normalizeForMatch(query);
  const matches: Match[] = [];
  let shown = 0;
  const showMore = (upTo = shown + PAGE_SIZE) => {
    const next = matches.slice(shown, upTo);
    list.append(...next.map((match) => renderMatch(match, query)));
    shown += next.length;
  };
  list.replaceChildren();
  // Pagefind's candidates contain every character of the query; keep the pages that contain it.
  // The first page of results shows as soon as it is verified; the count follows when all are.
  for (let start = 0; start < search.results.length; start += 10) {
    const batch = await Promise.all(search.results.slice(start, start + 10).map((result) => result.data()));
    for (const data of batch) {
      const normalized = normalizeForMatch(data.content);
      const offsets = needle ? matchOffsets(normalized, query) : [];
      if (offsets.length > 0) matches.push({ data, offsets, normalized });
    }
    if (shown < PAGE_SIZE) showMore(PAGE_SIZE);
  }
  moreButton.hidden = shown >= matches.length;
  moreButton.addEventListener('click', () => {
    const firstNew = list.children.length;
    showMore();
    moreButton.hidden = shown >= matches.length;
    (list.children[firstNew]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
  });
  const filtered = Object.keys(filters).length > 0;
  status.textContent = matches.length === 0
    ? `没有找到包含“${query}”的页面。${filtered ? '请试试去掉筛选条件。' : '请检查用字，或换一个更短的词。'}`
    : `找到 ${matches.length} 个包含“${query}”的页面。`;
  list.setAttribute('aria-busy', 'false');

  // Arrow keys move between result links; Enter follows the focused one.
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > a:first-child')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[Math.max(0, Math.min(links.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
}
