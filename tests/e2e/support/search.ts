// Driving the search page from tests: wait for a query's results, and list every result.
import type { Page } from 'playwright-core';

/** Waits until the results for the page's current query are in place. */
export async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const list = document.getElementById('search-results');
    return list?.getAttribute('aria-busy') === 'false' && list.dataset['query'] === q;
  }, query);
}

/** Clicks "显示更多结果" until every candidate page is checked and every result is listed; throws when the search fails. */
export async function loadAll(page: Page): Promise<void> {
  const failed = async () => (await page.locator('#search-status').textContent())?.includes('暂时无法') ?? false;
  while (await page.locator('#search-more').isVisible()) {
    if (await failed()) break;
    await page.click('#search-more');
    // The click sets aria-busy at once; wait for the next results to be in place.
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
  }
  if (await failed()) throw new Error(`The search failed: ${await page.locator('#search-status').textContent()}`);
}
