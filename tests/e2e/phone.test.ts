// Phone-first reading at 320 and 375 px (the widths of the smallest phones in use): tables read as blocks,
// long notices start with their text, citations confirm where the reader is tapping, and tap targets are
// at least 24 × 24 px (WCAG 2.2 target size). Also the desktop layout of the filter forms, printing and the
// feeds a reader can follow. On the frozen fixture's site (tests/fixtures/frozen-site/), whose notices,
// units and history these name. What must hold on every page for any content (no page scrolls sideways,
// short heading ids, every page's feed) is checked on the live site: live-content.test.ts.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, closeBrowser, newPage } from './support/browser.ts';
import { htmlFiles, readPage } from './support/site-files.ts';

const siteUrl = inject('frozenSiteUrl');
const siteDir = inject('frozenSiteDir');

afterAll(closeBrowser);

const PHONES = [320, 375] as const;
const phone = (width: number) => newPage({ viewport: { width, height: 667 }, isMobile: true, hasTouch: true });

/** Pairs of form fields whose controls or labels overlap another field's box. */
const overlappingFields = (page: Page) =>
  page.evaluate(() => {
    const fields = [...document.querySelectorAll<HTMLElement>('form .field')].filter((field) => field.offsetParent !== null);
    const name = (field: Element) => field.querySelector('label')?.textContent?.trim() ?? '?';
    const found = new Set<string>();
    for (const field of fields) {
      for (const part of field.querySelectorAll('label, select, input, button')) {
        const a = part.getBoundingClientRect();
        for (const other of fields) {
          if (other === field) continue;
          const b = other.getBoundingClientRect();
          if (a.width > 0 && a.right > b.left + 1 && a.left < b.right - 1 && a.bottom > b.top + 1 && a.top < b.bottom - 1)
            found.add(`${name(field)} overlaps ${name(other)}`);
        }
      }
    }
    return [...found];
  });

describe('layout at phone widths', () => {
  it('filter fields do not overlap at 1280 px: the task list, and the search page once its filters are filled', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}/tasks/`);
    await page.waitForSelector('#task-filters:not([hidden])');
    expect(await overlappingFields(page)).toEqual([]);
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('土地')}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    // The issuer filter lists the issuers' full names once the results are in.
    await expect.poll(() => page.locator('#search-issuer option').count()).toBeGreaterThan(1);
    expect(await overlappingFields(page)).toEqual([]);
    await page.context().close();
  });
});

/** Where the cells of the first visible row of a table lie, relative to its title cell (the cell of column `titleColumn`). */
const firstRowLayout = (page: Page, table: string, titleColumn: string) =>
  page
    .locator(`${table} tbody tr:visible`)
    .first()
    .evaluate((row, column) => {
      const headers = [...row.closest('table')!.querySelectorAll('thead th')].map((header) => header.textContent?.trim());
      const titleCell = row.children[headers.indexOf(column)]!;
      const title = titleCell.getBoundingClientRect();
      const cells = [...row.children]
        .filter((cell) => cell !== titleCell && cell.getBoundingClientRect().width > 0)
        .map((cell) => cell.getBoundingClientRect());
      return {
        titleWidth: title.width,
        titleFirst: cells.every((cell) => cell.top >= title.bottom - 1),
        rightmost: Math.max(title.right, ...cells.map((cell) => cell.right)),
        display: getComputedStyle(row).display,
      };
    }, titleColumn);

describe('tables at phone widths', () => {
  for (const width of PHONES) {
    it(`each task, unit task, per-area row and finding reads as a block at ${width} px: title first at full width`, async () => {
      const page = await phone(width);
      await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
      for (const [table, column] of [
        ['.task-table', '任务'],
        ['table.regional', '区域'],
        ['table.findings', '位置'],
      ] as const) {
        const layout = await firstRowLayout(page, table, column);
        expect(layout.titleWidth, table).toBeGreaterThanOrEqual(200);
        expect(layout.titleFirst, table).toBe(true);
        expect(layout.rightmost, table).toBeLessThanOrEqual(width);
      }
      // The table is still a table for screen readers: header row, rows of cells, and the column names
      // shown beside each cell are not read a second time.
      const tree = await page.locator('.task-table').first().ariaSnapshot();
      expect(tree).toContain('columnheader "任务"');
      expect(tree).toMatch(/- row "[^"]*完成信息补录/u);
      expect(tree).not.toContain('期限：');
      // …while the eye sees each cell's column name before it (from CSS, by the cell's position).
      const shownLabels = await page
        .locator('.task-table tbody tr')
        .first()
        .locator('td')
        .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
      expect(shownLabels).toEqual(['"条款：" / ""', 'none', '"期限：" / ""', 'none', '"状态：" / ""']);

      await page.goto(`${siteUrl}/tasks/`);
      await page.waitForSelector('#task-filters:not([hidden])');
      const unitHref = await page.locator('#task-list a[href*="/units/"]').first().getAttribute('href');
      for (const url of [`${siteUrl}/tasks/`, `${siteUrl}${unitHref}`]) {
        await page.goto(url);
        const layout = await firstRowLayout(page, '.task-table', '任务');
        expect(layout.titleWidth, url).toBeGreaterThanOrEqual(200);
        expect(layout.titleFirst, url).toBe(true);
        expect(layout.rightmost, url).toBeLessThanOrEqual(width);
      }
      // Rows the filters hide stay hidden as blocks.
      await page.goto(`${siteUrl}/tasks/?region=${encodeURIComponent('偏关县')}`);
      await page.waitForSelector('#task-filters:not([hidden])');
      const shown = await page.locator('#task-list tbody tr:visible').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['region']));
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set(['偏关县']));
      await page.context().close();
    });
  }

  it('stays a table on a wide screen and in print', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    expect((await firstRowLayout(page, '.task-table', '任务')).display).toBe('table-row');
    const narrow = await phone(375);
    await narrow.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    await narrow.emulateMedia({ media: 'print' });
    expect((await firstRowLayout(narrow, '.task-table', '任务')).display).toBe('table-row');
    await page.context().close();
    await narrow.context().close();
  });
});

describe('accessibility at phone width', () => {
  it('the notice, task list, unit, data and change pages pass axe-core at 320 px', async () => {
    const page = await phone(320);
    const violations: string[] = [];
    for (const path of ['/notices/zhumadian-2021-19/', '/notices/anze-2022-50/', '/tasks/', '/units/zhumadian-gjzf/', '/data/', '/changes/']) {
      await page.goto(`${siteUrl}${path}`);
      violations.push(...(await accessibilityViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(violations).toEqual([]);
    await page.context().close();
  }, 180_000);
});

/**
 * Interactive elements smaller than 24 × 24 px that do not sit in a line of text (WCAG 2.2's inline
 * exception). Stricter than WCAG, which also lets a small target pass when it is far enough from others:
 * on a phone a finger is not that precise.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    });
    const found: string[] = [];
    targets.forEach((element) => {
      const box = element.getBoundingClientRect();
      if (box.width >= 24 && box.height >= 24) return;
      const own = element.textContent?.trim() ?? '';
      const line = element.parentElement?.closest('p, li, dt, dd, td, th, figcaption, caption, h1, h2, h3, h4, h5, h6, nav, label');
      const inline = getComputedStyle(element).display === 'inline' && (line?.textContent ?? '').replace(own, '').replace(/[\s·|]/gu, '') !== '';
      if (!inline) found.push(`${element.tagName.toLowerCase()} “${own.slice(0, 16)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
    });
    return [...new Set(found)];
  });

describe('citations and tap targets on a phone', () => {
  for (const width of PHONES) {
    it(`copying a clause citation at ${width} px confirms next to the ¶, inside the screen, and for screen readers`, async () => {
      const page = await phone(width);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${siteUrl}/notices/anze-2022-50/`);
      const link = page.locator('#c3-1-2 a.clause-link');
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      const confirmation = page.locator('.citation-copied');
      await expect.poll(() => confirmation.textContent()).toContain('已复制');
      const box = (await confirmation.boundingBox())!;
      const linkBox = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(667);
      expect(Math.abs(box.y - linkBox.y)).toBeLessThan(80);
      expect(await page.locator('[role="status"].citation-status').textContent()).toContain('安政办发〔2022〕50号 三（一）2');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^安政办发〔2022〕50号 三（一）2 http.*#c3-1-2$/u);
      expect(linkBox.width).toBeGreaterThanOrEqual(24);
      expect(linkBox.height).toBeGreaterThanOrEqual(24);
      await page.context().close();
    });
  }

  it('every tap target of the main pages is at least 24 × 24 px at 320 px (or inline in a line of text)', async () => {
    const page = await phone(320);
    const notices = htmlFiles(siteDir)
      .filter((file) => /^notices\/[^/]+\/index\.html$/u.test(file))
      .map((file) => `/${file.replace(/index\.html$/u, '')}`);
    const small: string[] = [];
    for (const path of ['/', '/dashboard/', '/tasks/', '/units/', '/units/zhumadian-gjzf/', '/data/', '/changes/', '/people/', ...notices]) {
      await page.goto(`${siteUrl}${path}`);
      small.push(...(await smallTargets(page)).map((target) => `${path}: ${target}`));
    }
    expect(small).toEqual([]);
    await page.context().close();
  });
});

describe('heading anchors', () => {
  it('an old percent-encoded heading link still lands on its heading (every id is short ASCII now: live-content.test.ts)', async () => {
    // A link to a heading as the site published it before: its id was the heading's text.
    const page = await phone(375);
    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/#${encodeURIComponent('驻马店市批而未用土地盘活利用专项行动领导小组成员名单')}`);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#h-[a-z0-9]+$/u);
    const heading = page.locator(await page.evaluate(() => location.hash));
    expect(await heading.textContent()).toContain('驻马店市批而未用土地盘活利用专项行动领导小组成员名单');
    const box = (await heading.boundingBox())!;
    // Scrolled to the top of the screen, give or take a fraction of a pixel.
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(667);
    await page.context().close();
  });
});

describe('a long notice on a phone', () => {
  for (const width of PHONES) {
    it(`the text of /notices/zhumadian-2021-19/ starts on the first screen at ${width} px, after a closed contents that leads to each part`, async () => {
      const page = await phone(width);
      await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
      const firstLine = (await page.locator('.notice-text > *').first().boundingBox())!;
      expect(firstLine.y + firstLine.height).toBeLessThanOrEqual(667);
      const contents = page.locator('details.notice-contents');
      expect(await contents.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      expect((await contents.boundingBox())!.y).toBeLessThan(firstLine.y);
      await contents.locator('summary').tap();
      const entry = contents.locator('a', { hasText: /^附件2 /u });
      expect(await entry.textContent()).toContain('2021年全市批而未供土地处置任务分解表');
      await entry.tap();
      expect(page.url()).toMatch(/#a2$/u);
      const target = (await page.locator('#a2').boundingBox())!;
      expect(target.y).toBeGreaterThanOrEqual(0);
      expect(target.y).toBeLessThan(667);
      await page.context().close();
    });
  }

  it('without JavaScript, and on a wide screen, every particular of the notice is shown', async () => {
    for (const options of [{ javaScriptEnabled: false, viewport: { width: 375, height: 667 } }, { viewport: { width: 1280, height: 800 } }]) {
      const page = await newPage(options);
      await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
      for (const label of ['文号', '印发日期', '主送', '主题']) expect(await page.locator('.notice-meta dt', { hasText: label }).isVisible(), label).toBe(true);
      await page.context().close();
    }
  });
});

describe('printing a notice', () => {
  it('prints the text, tasks and the figures’ data tables without interface text, and ends with the address and 统计日', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    for (const part of ['.notice-text', '.task-table', '.chart-data table', 'table.regional'])
      expect(await page.locator(part).first().isVisible(), part).toBe(true);
    // Every chart's data table is printed, open or not.
    const dataTables = await page.locator('.chart-data table').evaluateAll((tables) => tables.map((table) => table.getBoundingClientRect().height > 0));
    expect(dataTables.length).toBeGreaterThan(0);
    expect(dataTables.every(Boolean)).toBe(true);
    expect(await page.locator('summary:visible').count()).toBe(0);
    for (const text of ['点击', '点条款', '图表数据（表格）', '更多文件信息', '正文目录', '下载', '跳到正文', '筛选'])
      expect(printed, text).not.toContain(text);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(printed).toContain(`本页地址：${canonical}`);
    expect(printed).toContain('统计日：2023年12月31日');
    await page.context().close();
  });
});

describe('following a notice, a unit or a region', () => {
  it('gives the units and regions of the five notices their own feeds, and each notice’s feed the fixture’s commits that touched its files', () => {
    const pages = htmlFiles(siteDir).filter(
      (file) => /^(units\/[^/]+|notices\/region\/[^/]+)\/index\.html$/u.test(file) && !file.startsWith('notices/region/index'),
    );
    expect(pages.filter((file) => file.startsWith('units/')).length).toBeGreaterThan(5);
    expect(pages.filter((file) => file.startsWith('notices/region/')).length).toBeGreaterThan(2);
    const entries = (page: string) => readPage(siteDir, `${page}feed.xml`).querySelectorAll('entry');
    // The second commit added the progress rows of 安政办发〔2022〕50号; the first added everything else.
    const reported = entries('notices/anze-2022-50/');
    expect(reported).toHaveLength(2);
    expect(reported[0]?.querySelector('title')?.text).toMatch(/^安政办发〔2022〕50号：新增进展报告 2 条/u);
    expect(reported[0]?.querySelector('summary')?.text.split('\n').slice(1)).toEqual([
      'data/progress/anze-2022-50.csv：新增 2 行：anze-2022-50-clear-2022 / 2022-09-14 / 亩、anze-2022-50-clear-2022 / 2022-09-14 / %',
    ]);
    for (const id of ['anze-2023-16', 'pianguan-2023-53', 'xixian-2023-2', 'zhumadian-2021-19']) expect(entries(`notices/${id}/`), id).toHaveLength(1);
    expect(entries('notices/region/安泽县/')).toHaveLength(2);
    expect(entries('notices/region/河南省/')).toHaveLength(1);
  });

  it('the change log leads each entry with a sentence for the public, the commit message and files after', () => {
    const first = readPage(siteDir, 'changes/index.html').querySelector('.change-list > li');
    expect(first?.querySelector('p')?.text).toMatch(/^2023年2月20日 · 安政办发〔2022〕50号：新增进展报告 2 条/u);
    expect(first?.querySelector('details summary')?.text).toMatch(/^提交说明与修改的文件/u);
  });
});

describe('the data page', () => {
  it('leads with Chinese names and descriptions of tables and columns; machine names come after, as code', () => {
    const html = readPage(siteDir, 'data/index.html');
    const headings = html.querySelectorAll('section > h2[id^="dataset-"]');
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) {
      expect(heading.text.trim(), heading.id).toMatch(/^[\u4e00-\u9fff]/u);
      expect(heading.querySelector('code')?.text, heading.id).toBe(heading.id.replace(/^dataset-/u, ''));
      const table = heading.parentNode!.querySelector('table')!;
      expect(table.querySelectorAll('thead th').map((cell) => cell.text)[0]).toBe('列');
      for (const row of table.querySelectorAll('tbody tr')) {
        expect(row.querySelector('th')?.text, heading.id).toMatch(/^[\u4e00-\u9fff]/u);
        expect(row.querySelectorAll('td').at(-1)?.querySelector('code')?.text, heading.id).toMatch(/^[a-z_]+$/u);
      }
    }
    expect(html.querySelector('main')?.text).not.toContain('Frictionless Table Schema');
  });
});
