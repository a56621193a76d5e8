// Runs the query in ?q= with Pagefind and lists the pages, keeping only pages whose text
// really contains the query (normalised), so results match what Ctrl+F would find.
import { normalizeForMatch } from '../lib/text/normalize.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; content: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

export async function runSearchPage(): Promise<void> {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (input) input.value = query;
  if (!query || !list || !status) return;
  list.setAttribute('aria-busy', 'true');
  const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Pagefind finds candidates; the exact check is ours.
  const wanted = normalizeForMatch(query);
  const candidates = await pagefind.search(query);
  const pages = await Promise.all(candidates.results.map((result) => result.data()));
  const matches = pages.filter((page) => normalizeForMatch(page.content).includes(wanted));
  list.replaceChildren(
    ...matches.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta['title'] ?? page.url;
      const excerpt = document.createElement('p');
      excerpt.innerHTML = page.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
  status.textContent = matches.length === 0 ? `没有找到包含“${query}”的页面。` : `找到 ${matches.length} 个包含“${query}”的页面。`;
  list.setAttribute('aria-busy', 'false');
}
