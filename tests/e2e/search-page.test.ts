// The search page as readers and assistive technology use it: URL state, filters, sort, results with
// clause links and excerpts, the empty state, the header search box, keyboard use, no JavaScript, axe.
// On the frozen fixture's site (tests/fixtures/frozen-site/): the results, counts and menus below are
// those of its five notices. Exact search on the live site: live-content.test.ts.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { accessibilityViolations, ARGS, CHROMIUM, closeBrowser, newPage } from './support/browser.ts';
import { loadAll, settled } from './support/search.ts';
import { fileForPath, readPage } from './support/site-files.ts';

const siteUrl = inject('frozenSiteUrl');
const siteDir = inject('frozenSiteDir');

afterAll(closeBrowser);

/** The pages listed, as URL paths (a result's first link may point at a clause of its page). */
const resultUrls = (page: Page) =>
  page.locator('#search-results > li').evaluateAll((items) => items.map((item) => (item.querySelector('a')?.getAttribute('href') ?? '').split('#')[0]!));

describe('the search page', () => {
  it('runs the query in the URL on load and shows number, issuer, date and marked excerpts linking to clauses', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('清理“批而未用”任务127.53亩')}`);
    expect(await page.inputValue('#search-q')).toBe('清理“批而未用”任务127.53亩');
    await settled(page, '清理“批而未用”任务127.53亩');
    expect(await resultUrls(page)).toEqual(['/notices/anze-2022-50/']);
    const result = page.locator('#search-results > li').first();
    expect(await result.locator('a.result-title').textContent()).toMatch(/^安泽县人民政府办公室关于印发.*的通知$/u);
    // The title links to the page at the clause of the first occurrence, with the words to highlight there.
    const fragment = `:~:text=${encodeURIComponent('清理“批而未用”任务127.53亩')}`;
    expect(await result.locator('a.result-title').getAttribute('href')).toBe(`/notices/anze-2022-50/#c2-2${fragment}`);
    expect(await result.locator('.result-meta').textContent()).toMatch(/^安政办发〔2022〕50号 · 安泽县人民政府办公室 · 2022年9月14日 · \d+ 处$/u);
    const hit = result.locator('.hit').first();
    expect(await hit.locator('mark').first().textContent()).toBe('清理“批而未用”任务127.53亩');
    // The hit links to the clause where the text is, and that clause exists on the page.
    const href = (await hit.locator('a').getAttribute('href')) ?? '';
    expect(href).toBe(`/notices/anze-2022-50/#c2-2${fragment}`);
    expect(await hit.locator('.hit-label').textContent()).toBe('二（二）');
    const target = readPage(siteDir, fileForPath(siteDir, href)!);
    expect(target.getElementById('c2-2')?.text).toContain('清理“批而未用”土地方面');
    expect(await page.locator('#search-status').textContent()).toMatch(/^找到 1 个包含“清理“批而未用”任务127.53亩”的页面，共 \d+ 处。$/u);
    await hit.locator('a').click();
    await page.waitForURL(/\/notices\/anze-2022-50\//u);
    await page.context().close();
  });

  it('highlights the matched words on the page a result opens, also where the browser has no text fragments', async () => {
    // Chromium with its text fragments turned off stands for the other browsers.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--disable-blink-features=TextFragmentIdentifiers'] });
    const page = await browser.newPage({ locale: 'zh-CN' });
    expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(false);
    await page.goto(`${siteUrl}/notices/anze-2022-50/#c2-2:~:text=${encodeURIComponent('清理“批而未用”任务127.53亩')}`);
    const mark = page.locator('main mark.search-highlight');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('清理“批而未用”任务127.53亩');
    expect(
      await mark.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }),
    ).toBe(true);
    await browser.close();
  });

  it('keeps filters and sort in the URL, and a shared URL gives the same results', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}`);
    await settled(page, '批而未供');
    // Filter menus come from the Pagefind index, with the number of pages of each value that may have
    // the query (upper bounds, "≤", while candidate pages are still unchecked) …
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset['counts'] === 'query-bound');
    expect(await page.locator('#search-year option').allTextContents()).toEqual(expect.arrayContaining(['全部', '2021（≤1）', '2022（≤1）', '2023（≤3）']));
    await loadAll(page);
    const all = await resultUrls(page);
    expect(all.length).toBeGreaterThan(3);
    // … and the number of pages that have it once every candidate is checked.
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset['counts'] === 'query');
    expect(await page.locator('#search-year option').allTextContents()).toEqual(expect.arrayContaining(['全部', '2021（1）', '2022（1）', '2023（3）']));
    expect(await page.locator('#search-kind option').allTextContents()).toEqual(expect.arrayContaining(['文件（5）', '人员（1）', '任务（1）']));
    await page.selectOption('#search-region', '河南省');
    await settled(page, '批而未供');
    await page.waitForURL(/region=/u);
    await loadAll(page);
    const inHenan = await resultUrls(page);
    expect(inHenan.length).toBeGreaterThan(0);
    expect(inHenan.length).toBeLessThan(all.length);
    for (const url of inHenan) expect(url).toMatch(/^\/notices\/(xixian|zhumadian)-/u);
    expect(await page.locator('#search-status').textContent()).toContain('（筛选：地区：河南省）');

    await page.selectOption('#search-sort', 'oldest');
    await page.waitForURL(/sort=oldest/u);
    const dates = await page.locator('#search-results > li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    const shared = page.url();
    expect(new URL(shared).searchParams.get('region')).toBe('河南省');

    const other = await newPage();
    await other.goto(shared);
    await settled(other, '批而未供');
    await loadAll(other);
    expect(await resultUrls(other)).toEqual(await resultUrls(page));
    expect(await other.inputValue('#search-region')).toBe('河南省');
    expect(await other.inputValue('#search-sort')).toBe('oldest');
    await page.context().close();
    await other.context().close();
  });

  it('sorts by date, newest first, with pages that have no date after the notices', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('安泽县')}&sort=newest`);
    await settled(page, '安泽县');
    await loadAll(page);
    const dated = await page
      .locator('#search-results > li')
      .evaluateAll((items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''));
    const firstUndated = dated.indexOf('');
    expect(firstUndated).toBeGreaterThan(0);
    expect(dated.slice(firstUndated).every((date) => date === '')).toBe(true);
    expect(dated.slice(0, firstUndated)).toEqual([...dated.slice(0, firstUndated)].sort().reverse());
    await page.context().close();
  });

  it('says so when nothing is found, and offers to drop the filters', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('标准地')}&region=${encodeURIComponent('息县')}`);
    await settled(page, '标准地');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toBe('没有找到包含“标准地”的页面（筛选：地区：息县）。请试试去掉筛选条件。');
    const clear = page.getByRole('link', { name: '取消全部筛选，重新搜索' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await clear.click();
    await settled(page, '标准地');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.has('region')).toBe(false);

    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('量子计算')}`);
    await settled(page, '量子计算');
    expect(await page.locator('#search-status').textContent()).toBe('没有找到包含“量子计算”的页面。');
    expect(await page.locator('#search-empty').textContent()).toContain('完全一致');
    await page.context().close();
  });

  it('reaches every result and every occurrence through "more" buttons', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('县')}`);
    await settled(page, '县');
    // A first screen of results, the count worded as a lower bound while pages are left to check.
    const first = await page.locator('#search-results > li').count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(10);
    expect(await page.locator('#search-status').textContent()).toMatch(/^至少 \d+ 个页面包含“县”，还有 \d+ 个可能包含的页面待核对。$/u);
    await loadAll(page);
    const count = Number(await page.locator('#search-results').getAttribute('data-count'));
    expect(count).toBeGreaterThan(50);
    expect(await page.locator('#search-results > li').count()).toBe(count);
    expect(new Set(await resultUrls(page)).size).toBe(count);
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^找到 ${count} 个包含“县”的页面，共 \\d+ 处。$`, 'u'));

    const notice = page.locator('#search-results > li[data-url="/notices/zhumadian-2021-19/"]');
    const before = await notice.locator('.hit').count();
    const label = (await notice.locator('.more-hits').textContent()) ?? '';
    const rest = Number(/其余 (\d+) 处（(\d+) 个条款）/u.exec(label)?.[2]);
    await notice.locator('.more-hits').click();
    expect(await notice.locator('.hit').count()).toBe(before + rest);
    const total = Number(/(\d+) 处$/u.exec((await notice.locator('.result-meta').textContent()) ?? '')?.[1]);
    const perHit = await notice.locator('.hit').evaluateAll((hits) => hits.map((hit) => Number(/此条 (\d+) 处/u.exec(hit.textContent ?? '')?.[1] ?? 1)));
    expect(perHit.reduce((sum, value) => sum + value, 0)).toBe(total);
    await page.context().close();
  });

  it('still searches when the browser answers with the entry file of an older build (a search page cached from before it)', async () => {
    const page = await newPage();
    // The page names the index in its cache tag (pagefind-entry.json?ts=zxx_…); a browser holding a
    // search page from before the latest build gets, for that URL, the old entry file from its cache,
    // which names a meta file the new build no longer has. Entry files asked for afresh (?ts=<time>) are served.
    const stale: string[] = [];
    await page.route(/\/pagefind\/pagefind-entry\.json\?ts=zxx_/u, async (route) => {
      stale.push(route.request().url());
      const entry = (await (await route.fetch()).json()) as { languages: Record<string, { hash: string }> };
      for (const language of Object.values(entry.languages)) language.hash = 'zxx_0ld0ld0ld0';
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(entry) });
    });
    const errors: string[] = [];
    page.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}`);
    await settled(page, '批而未供');
    expect(stale.length).toBeGreaterThan(0);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-status').textContent()).toMatch(/包含“批而未供”/u);
    // Later searches on the same page use the fresh index too.
    await page.fill('#search-q', '付强');
    await settled(page, '付强');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    // What the failed first attempt logs: the old meta file's 404, and Pagefind's complaint about the index it could not read.
    expect(errors.filter((text) => !/404|Failed to load resource|^Pagefind: WASM Error/u.test(text))).toEqual([]);
    await page.context().close();
  });

  it('searches as the reader types, keeping the URL in step, and goes back with the browser', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/`);
    await page.fill('#search-q', '付强');
    await settled(page, '付强');
    expect(new URL(page.url()).searchParams.get('q')).toBe('付强');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.fill('#search-q', '标准地');
    await page.press('#search-q', 'Enter');
    await settled(page, '标准地');
    await page.goBack();
    await settled(page, '付强');
    expect(await page.inputValue('#search-q')).toBe('付强');
    await page.context().close();
  });
});

describe('search from anywhere, by keyboard', () => {
  it('the header search box of a notice page leads to the search page with the results', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/notices/xixian-2023-2/`);
    await page.fill('#site-search-input', '息政文 [2023] 2号');
    await page.press('#site-search-input', 'Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await settled(page, '息政文 [2023] 2号');
    expect(await resultUrls(page)).toContain('/notices/xixian-2023-2/');
    await page.context().close();
  });

  it('"/" focuses the search box; arrow keys move through results; Enter opens one', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/units/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await page.inputValue('#site-search-input')).toBe('');

    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('付强')}`);
    await settled(page, '付强');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    const titles = page.locator('#search-results > li > a.result-title');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe(await titles.first().getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toBe(await titles.nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(first ?? '', siteUrl).pathname);
    await page.context().close();
  });
});

describe('the search page without JavaScript, and its accessibility', () => {
  it('shows the filters as the page is parsed, so the results do not move when the search script starts', async () => {
    const page = await newPage();
    // Hold the page's scripts back, as a slow phone would still be fetching them at the first paint.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/.*\.js$/u, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}`, { waitUntil: 'commit' });
    await page.waitForSelector('#search-more', { state: 'attached' });
    expect(await page.locator('#search-filters').isVisible()).toBe(true);
    const before = await page.locator('#search-results').boundingBox();
    release();
    await settled(page, '批而未供');
    expect((await page.locator('#search-results').boundingBox())?.y).toBe(before?.y);
    await page.context().close();
  });

  it('on a phone (375×667) keeps the filters behind one control, so the first result starts on the first screen', async () => {
    const page = await newPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}`);
    await settled(page, '批而未供');
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    const first = await page.locator('#search-results > li').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + 24).toBeLessThanOrEqual(667);
    // The query's counts (each shard's filter chunks) wait until the closed control is opened.
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset['counts'] === 'site');
    await page.waitForTimeout(300);
    expect(await page.locator('#search-form').getAttribute('data-counts')).toBe('site');
    // One tap opens the filters, with the query's counts; choosing one says so on the closed control.
    await page.locator('#search-filter-panel > summary').click();
    expect(await page.locator('#search-region').isVisible()).toBe(true);
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset['counts']?.startsWith('query'));
    await page.selectOption('#search-region', '河南省');
    await settled(page, '批而未供');
    expect(await page.locator('#search-filter-summary').textContent()).toBe('（已选 1 项）');
    // Wide screens show the filters open.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await settled(page, '批而未供');
    expect(await page.locator('#search-region').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the form and the explanation without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}`);
    expect(await page.locator('#search-form input[name="q"]').isVisible()).toBe(true);
    expect(await page.locator('.search-help').textContent()).toContain('Ctrl+F');
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBe('false');
    await page.context().close();
  });

  it('passes axe-core with results shown and expanded', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}&sort=newest`);
    await settled(page, '批而未供');
    await page.locator('.more-hits').first().click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
