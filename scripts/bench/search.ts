// Measures a first search as a reader experiences it: a fresh Chromium profile opens the search
// page with a query; we count the bytes of all search requests and the time until the first result shows.
import { existsSync } from 'node:fs';
import { serveStatic } from '../static-server.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function measureFirstSearch(siteDir: string, query: string): Promise<{ bytes: number; requests: number; milliseconds: number; results: number } | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import('playwright-core');
  const { server, url } = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      requests += 1;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = performance.now();
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector('#search-results > li') !== null || /^没有找到/u.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    const milliseconds = performance.now() - started;
    await page.waitForFunction(() => /^(找到|没有找到)/u.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const results = await page.locator('#search-results > li').count();
    return { bytes, requests, milliseconds, results };
  } finally {
    await browser.close();
    server.close();
  }
}
