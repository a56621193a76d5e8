import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';
import { serveFixtureSite } from './support/fixture-site.ts';
import { MINI_PROJECT } from '../support/project.ts';

// The mini project plus a second notice that cites the first (on the site) and one that is not,
// and repeals the first, which records it in its validity.
const original = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8');
const first = original.replace(
  'sourceFile: test.txt',
  'sourceFile: test.txt\nvalidity:\n  status: 废止\n  date: 2023-03-01\n  by:\n    docNumber: 测政办发〔2023〕2号\n  source: 测政办发〔2023〕2号 二',
);
const second = original
  .replace('docNumber: 测政办发〔2022〕1号', 'docNumber: 测政办发〔2023〕2号')
  .replace('issued: 2022-09-14', 'issued: 2023-03-01')
  .replace('title: 测试县人民政府办公室关于印发测试工作方案的通知', 'title: 测试县人民政府办公室关于印发测试工作续行方案的通知')
  .replace(
    /cites:\n[\s\S]*?sourceFile/u,
    'cites:\n  - docNumber: 测政办发〔2022〕1号\n  - docNumber: 临政办发〔2022〕35号\n    printed: 临政办发[2022]35号\nsourceFile',
  )
  .replace(
    '根据《某通知》（临政办发[2022]35 号），制定本方案。',
    '根据《测试工作方案》（测政办发〔2022〕1号）和《某通知》（临政办发[2022]35 号），制定本方案。',
  )
  .replace(/\n## 附件1[\s\S]*$/u, '\n### 二、附则\n\n本方案自印发之日起施行，《测试工作方案》（测政办发〔2022〕1号）同时废止。\n');

let url = '';
let close: () => void = () => {};
beforeAll(async () => {
  ({ url, close } = await serveFixtureSite({ 'content/notices/test-2022-1.mdx': first, 'content/notices/test-2023-2.mdx': second }, { searchIndex: true }));
}, 300_000);
afterAll(async () => {
  close();
  await closeBrowser();
});

describe('a notice that cites another', () => {
  it('links a cited notice that is on the site, and says in visible text that another is not', async () => {
    const page = await newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(`${url}/notices/test-2023-2/`);
    // Cited twice: in the preamble and where it is repealed.
    const onSite = page.locator('.notice-text a.cited-notice');
    expect(await onSite.allTextContents()).toEqual(['测政办发〔2022〕1号', '测政办发〔2022〕1号']);
    const external = page.locator('.notice-text .cited-external');
    expect(await external.count()).toBe(1);
    // Not a link, and not dressed as one; the words 本站未收录 are shown next to it, outside the copied text.
    expect(await external.evaluate((element) => element.closest('a'))).toBeNull();
    const look = await external.evaluate((element) => {
      const own = getComputedStyle(element);
      const after = getComputedStyle(element, '::after');
      return {
        underline: own.textDecorationLine,
        border: own.borderBottomStyle,
        after: after.content,
        shown: after.display !== 'none' && after.visibility !== 'hidden',
      };
    });
    expect(look).toEqual({ underline: 'none', border: 'none', after: '"本站未收录"', shown: true });
    expect(await external.textContent()).toBe('临政办发[2022]35 号');
    expect(await page.locator('.cited-list li', { hasText: '临政办发〔2022〕35号' }).textContent()).toContain('本站未收录');

    await onSite.first().click();
    await page.waitForURL(/\/notices\/test-2022-1\/$/u);
    await page.context().close();
  });
});

describe('validity', () => {
  it('is shown on the notice and in the list, and the list and search filter by it', async () => {
    const page = await newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(`${url}/notices/test-2022-1/`);
    expect(await page.locator('.notice-meta-block').textContent()).toContain('效力废止（2023年3月1日）');
    expect(await page.locator('.notice-meta-block').textContent()).toContain(
      '效力说明废止：2023年3月1日起，由 测政办发〔2023〕2号废止。出处：测政办发〔2023〕2号 二。',
    );
    await page.goto(`${url}/notices/test-2023-2/`);
    expect(await page.locator('.notice-meta-block').textContent()).toContain('效力未注明');
    expect(await page.locator('.notice-meta-block').textContent()).toContain('效力说明未注明。');

    await page.goto(`${url}/`);
    expect(await page.locator('.notice-list li', { hasText: '测政办发〔2022〕1号' }).locator('.validity').textContent()).toBe('效力：废止（2023年3月1日）');
    expect(await page.locator('.notice-list li', { hasText: '测政办发〔2023〕2号' }).locator('.validity').textContent()).toBe('效力：未注明');
    await page.getByRole('link', { name: '废止（1）' }).click();
    await page.waitForURL(/\/notices\/validity\/%E5%BA%9F%E6%AD%A2\/$/u);
    expect(await page.locator('.notice-list li').allTextContents()).toEqual([expect.stringContaining('测政办发〔2022〕1号')]);

    // The same filter on the search page: both notices contain 测试, only one is repealed.
    await page.goto(`${url}/search/?q=${encodeURIComponent('测试工作')}&kind=${encodeURIComponent('文件')}`);
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(2);
    // On a phone the filters are one closed control: open it, as a reader would; the query's counts load then.
    await page.locator('#search-filter-panel > summary').click();
    await expect.poll(() => page.locator('#search-validity option').allTextContents()).toEqual(['全部', '废止（≤1）', '未注明（≤1）']);
    await page.selectOption('#search-validity', '废止');
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(1);
    expect(await page.locator('#search-results > li').textContent()).toContain('测政办发〔2022〕1号');
    expect(decodeURIComponent(page.url())).toContain('validity=废止');
    await page.context().close();
  });
});
