import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, closeBrowser, newPage } from './support/browser.ts';

// A missing address gets the site's own 404 page (Chinese, with the navigation and a search form),
// with status 404, from the built-in server; GitHub Pages serves the same 404.html. Nothing here depends
// on the content, so it runs on the live site.
const siteUrl = inject('liveSiteUrl');
const siteDir = inject('liveSiteDir');
afterAll(() => closeBrowser());

describe('the 404 page', () => {
  it.each(['/no/such/page/', '/notices/nope-2099-1/', '/nope.csv'])(
    "answers %s with status 404 and the site's page, in Chinese, with the navigation and search",
    async (pathname) => {
      const response = await fetch(`${siteUrl}${pathname}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/u);
      const page = parse(await response.text());
      expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
      expect(page.querySelector('h1')?.text).toBe('找不到这个页面');
      const nav = page.querySelectorAll('nav[aria-label="主导航"] a').map((link) => link.getAttribute('href'));
      expect(nav).toEqual(expect.arrayContaining(['/', '/tasks/', '/units/', '/data/', '/search/']));
      const forms = page.querySelectorAll('main form[role="search"]');
      expect(forms.map((form) => form.getAttribute('action'))).toEqual(['/search/']);
      expect(forms[0]?.querySelector('input[name="q"]')).not.toBeNull();
    },
  );

  it('is left out of the sitemap and the search index', () => {
    expect(readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')).not.toMatch(/404/u);
    expect(readFileSync(path.join(siteDir, '404.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('searches from its form in a browser, and passes axe-core', async () => {
    const page = await newPage();
    const response = await page.goto(`${siteUrl}/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('main input[name="q"]').fill('标准地');
    await page.locator('main input[name="q"]').press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    expect(new URL(page.url()).searchParams.get('q')).toBe('标准地');
    expect(await page.locator('h1').textContent()).toBe('搜索');
    await page.context().close();
  });
});
