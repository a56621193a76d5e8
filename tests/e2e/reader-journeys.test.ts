// Readers' journeys through particular notices, clauses and regions, on the frozen fixture's site
// (tests/fixtures/frozen-site/). axe-core on every template runs on the live site: live-content.test.ts.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';

const siteUrl = inject('frozenSiteUrl');

afterAll(closeBrowser);

describe('a reader on a phone', () => {
  it('opens the home page, filters by region and year, and reads a notice', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(`${siteUrl}/`);
    const all = await page.locator('.notice-list li').count();
    expect(all).toBeGreaterThanOrEqual(5);
    // No horizontal scrolling of the page itself at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.getByRole('link', { name: /^河南省（\d+）$/u }).click();
    const inHenan = await page.locator('.notice-list li').allTextContents();
    expect(inHenan.length).toBeGreaterThan(0);
    expect(inHenan.length).toBeLessThan(all);
    for (const item of inHenan) expect(item).toContain('河南省');

    await page.getByRole('link', { name: /^2023年（\d+）$/u }).click();
    for (const item of await page.locator('.notice-list time').allTextContents()) expect(item).toMatch(/^2023年/u);

    await page.locator('.notice-list a.title').first().click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/通知$/u);
    // The heading is parsed before the text: on a loaded machine the clauses may not be there yet.
    await expect.poll(() => page.locator('.notice-text .clause').count()).toBeGreaterThan(5);
    await page.context().close();
  });

  it('follows a clause link and a citation, and copies a citation', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${siteUrl}/notices/anze-2022-50/`);
    const clause = page.locator('#c3-1-2');
    await expect.poll(() => clause.getAttribute('data-clause')).toBe('三（一）2');
    await clause.locator('a.clause-link').click();
    expect(page.url()).toMatch(/#c3-1-2$/u);
    await expect.poll(() => page.locator('.citation-status').textContent()).toContain('安政办发〔2022〕50号 三（一）2');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^安政办发〔2022〕50号 三（一）2 http.*#c3-1-2$/u);

    // A task row links back to its clause.
    const taskClauseLink = page.locator('#tasks-heading ~ .table-wrap a[href$="#c3-1-1"]').first();
    await taskClauseLink.click();
    expect(page.url()).toMatch(/#c3-1-1$/u);
    await page.context().close();
  });

  it('reads the full text, tables and task breakdown with JavaScript disabled', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    expect(await page.locator('.notice-text').textContent()).toContain('驻马店市批而未用土地盘活利用专项行动方案');
    expect(await page.locator('.notice-text table').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('section[aria-labelledby="regional-heading"] table.regional').count()).toBeGreaterThanOrEqual(1);
    await page.goto(`${siteUrl}/tasks/`);
    // Without JavaScript the whole list is there and the filter form stays hidden.
    expect(await page.locator('#task-list tbody tr:visible').count()).toBe(await page.locator('#task-list tbody tr').count());
    expect(await page.locator('#task-filters').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints a notice as text: no site navigation, search, filters or permalinks', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/notices/anze-2022-50/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer > :not(.print-only)', '.clause-link', '.citation-status']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.notice-text').isVisible()).toBe(true);
    expect(await page.locator('.notice-meta').first().isVisible()).toBe(true);
    expect(await page.locator('figure.chart svg').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.context().close();
  });
});

describe('a journalist checking responsibilities', () => {
  it('filters and sorts the task list, shares the URL and gets the same view', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/tasks/`);
    const total = await page.locator('#task-list tbody tr').count();
    await page.selectOption('#filter-region', '偏关县');
    await page.selectOption('#filter-sort', '-deadline');
    const visible = page.locator('#task-list tbody tr:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const region of await visible.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['region']))) expect(region).toBe('偏关县');
    expect(await page.locator('#task-count').textContent()).toBe(`显示 ${shown} / ${total} 项`);
    const shared = page.url();
    expect(shared).toContain('region=%E5%81%8F%E5%85%B3%E5%8E%BF');
    expect(shared).toContain('sort=-deadline');

    const other = await newPage();
    await other.goto(shared);
    expect(await other.locator('#task-list tbody tr:visible').count()).toBe(shown);
    expect(await other.inputValue('#filter-region')).toBe('偏关县');
    const ids = async (p: typeof page) => p.locator('#task-list tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.id));
    expect(await ids(other)).toEqual(await ids(page));
    await page.context().close();
    await other.context().close();
  });

  it('sorts by deadline: earliest first by default, latest first on request', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/tasks/?sort=-deadline`);
    const deadlines = (
      await page.locator('#task-list tbody tr:visible').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['deadline'] ?? ''))
    ).filter(Boolean);
    expect(deadlines.length).toBeGreaterThan(3);
    expect(deadlines).toEqual([...deadlines].sort().reverse());
    await page.context().close();
  });

  it('opens a unit page from the task list and sees its tasks by role', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/tasks/`);
    const unitLink = page.locator('#task-list a[href*="/units/"]').first();
    const unitName = (await unitLink.textContent()) ?? '';
    const unitHref = (await unitLink.getAttribute('href')) ?? '';
    // The task list has an h1 too: wait for the unit page itself before reading it.
    await Promise.all([page.waitForURL((url) => url.pathname === new URL(unitHref, siteUrl).pathname), unitLink.click()]);
    await page.waitForLoadState('domcontentloaded');
    const heading = (await page.locator('h1').textContent()) ?? '';
    expect(heading.includes(unitName) || (await page.locator('.notice-meta').textContent())?.includes(unitName)).toBe(true);
    expect(await page.locator('h2', { hasText: /^作为(牵头|责任|配合|指导)单位/u }).count()).toBeGreaterThan(0);
    expect(await page.locator('table.task-table tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('a first visit', () => {
  it('loads the main pages without a failed request or a console error (the icon included)', async () => {
    const page = await newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`page: ${error.message}`));
    for (const path of ['/', '/notices/anze-2022-50/', '/tasks/', '/dashboard/', '/data/', `/search/?q=${encodeURIComponent('批而未供')}`]) {
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    }
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(failures).toEqual([]);
    await page.context().close();
  });
});
