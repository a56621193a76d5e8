import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { normalizeForMatch } from '../../src/lib/text/normalize.ts';
import { closeBrowser, newPage } from './support/browser.ts';
import { htmlFiles, readPage } from './support/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

// Truth, computed from the built pages: the text of each page's searchable body (what it
// marks data-pagefind-ignore is not its text), normalised as the search promises.
const textOf = (element: HTMLElement): string =>
  element.getAttribute('data-pagefind-ignore') !== undefined ? '' : element.childNodes.map((node) => (node.nodeType === 3 ? parse(`<p>${node.rawText}</p>`).textContent : textOf(node as HTMLElement))).join('');
const pages = htmlFiles(siteDir).flatMap((file) => {
  const body = readPage(siteDir, file).querySelector('[data-pagefind-body]');
  return body ? [{ url: `/${file.replace(/index\.html$/u, '')}`, text: normalizeForMatch(textOf(body)) }] : [];
});
const truth = (query: string) => pages.filter((page) => page.text.includes(normalizeForMatch(query))).map((page) => page.url).sort();

// A small seeded generator, so the random runs are the same on every run.
let seed = 20221114;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const randomRuns = Array.from({ length: 16 }, () => {
  const page = pages[Math.floor(random() * pages.length)]!;
  const length = 2 + Math.floor(random() * 7);
  const start = Math.floor(random() * Math.max(1, page.text.length - length));
  return page.text.slice(start, start + length);
});

const QUERIES: Record<string, string[]> = {
  terms: ['批而未供', '标准地', '闲置土地', '供地率', '节约集约', '低效用地'],
  names: ['卢正中', '薛金权', '陈黎', '李晋升', '付强'],
  'document numbers': ['安政办发〔2022〕50号', '安政办发[2022]50号', '安政办发【2022】50 号', '临政办发[2022]35号', '驻政办(2021)19号', '晋政办函〔2021〕105号', '国土资发（2014）119号'],
  numbers: ['127.53', '39812', '48.2', '5563.70', '60%'],
  dates: ['2022年9月14日', '2023年6月9日', '2021年5月7日'],
  'random runs': randomRuns,
  absent: ['量子计算', '不存在的词语', 'ABCXYZ', '安政办发〔2099〕1号'],
};

let page: Page;
beforeAll(async () => {
  page = await newPage();
});
afterAll(closeBrowser);

async function searchResults(query: string): Promise<string[]> {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/^(找到|没有找到)/u);
  expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('false');
  while (await page.locator('#search-more').isVisible()) await page.click('#search-more');
  const hrefs = await page.locator('#search-results > li > a:first-child').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs.sort();
}

describe('search is exact: recall 1.0 and precision 1.0 against the built pages', () => {
  it('has pages of several kinds to search', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((entry) => entry.url.startsWith('/units/'))).toBe(true);
  });

  for (const [kind, queries] of Object.entries(QUERIES)) {
    it(`${kind} (${queries.length} queries)`, async () => {
      let truePositives = 0;
      let found = 0;
      let relevant = 0;
      for (const query of queries) {
        const expected = truth(query);
        const actual = await searchResults(query);
        truePositives += actual.filter((url) => expected.includes(url)).length;
        found += actual.length;
        relevant += expected.length;
        expect(actual, `query “${query}”`).toEqual(expected);
      }
      // Figures for the record: with the assertion above they can only be 1.
      expect({ recall: relevant === 0 ? 1 : truePositives / relevant, precision: found === 0 ? 1 : truePositives / found }).toEqual({ recall: 1, precision: 1 });
    });
  }
});

describe('the search page', () => {
  it('links each result to the clause with the match and highlights it', async () => {
    await searchResults('127.53');
    const first = page.locator('#search-results > li').filter({ hasText: '安政办发〔2022〕50号' }).first();
    expect(await first.locator('mark').first().textContent()).toBe('127.53');
    expect(await first.locator('a').first().getAttribute('href')).toMatch(/\/notices\/anze-2022-50\/#c2-2$/u);
  });

  it('says so when nothing matches and suggests removing filters', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('卢正中')}&region=${encodeURIComponent('河南省')}`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toContain('去掉筛选条件');
    expect(await page.inputValue('#search-region')).toBe('河南省');
  });

  it('offers filters drawn from the index: region, issuer, year, document type, page kind', async () => {
    await searchResults('批而未供');
    for (const id of ['search-region', 'search-issuer', 'search-year', 'search-doctype', 'search-kind']) {
      expect(await page.locator(`#${id} option`).count(), id).toBeGreaterThan(1);
    }
    expect(await page.locator('#search-doctype option').allTextContents()).toContain('实施方案（2）');
  });

  it('filters by year and keeps the filter in the URL', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}&year=2023`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/^找到/u);
    const urls = await page.locator('#search-results > li > a:first-child').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => ['/notices/anze-2023-16/', '/notices/xixian-2023-2/', '/notices/pianguan-2023-53/'].includes(url))).toBe(true);
  });

  it('focuses the search box with "/" and moves through results with the arrow keys', async () => {
    await searchResults('批而未供');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.locator('#search-results > li > a').first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#search-results > li > a:first-child').nth(1).getAttribute('href');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))).toBe(second);
  });
});
