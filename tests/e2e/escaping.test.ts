import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';
import { serveFixtureSite } from './support/fixture-site.ts';
import { htmlFiles, readPage } from './support/site-files.ts';
import { MINI_DATA, MINI_PROJECT } from '../support/project.ts';

// Text from CSV cells and frontmatter is always text on the page, whatever it holds.
// Builds the mini project with markup in every kind of field, and looks for it as elements.
const mark = (n: number) => `<script>window.__xss=${n}</script>`;
const img = (n: number) => `<img src=x onerror="window.__xss=${n}">`;
/** Straight quotes, double hyphens and three dots as a transcription may have them: never made typographic. */
const ASCII_PUNCTUATION = `附注："标准地"、'A'、甲--乙、待定...。`;
const notice = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8')
  .replace('title: 测试县人民政府办公室关于印发测试工作方案的通知', `title: '测试县人民政府办公室关于印发测试工作方案的通知${mark(1)}'`)
  .replace('topics: [测试]', `topics: ['${img(2)}']`)
  .replace('sourceFile: test.txt', `sourceFile: test.txt\nrecipients: '各乡镇${img(3)}'`)
  .concat(`\n${ASCII_PUNCTUATION}\n`);
const csv = (file: string, from: string, to: string) => ({ [file]: MINI_DATA[file]!.replace(from, to) });
/** A CSV cell holding `text`, quoted as Excel writes it. */
const cell = (text: string) => `"${text.replace(/"/gu, '""')}"`;
const overrides = {
  'content/notices/test-2022-1.mdx': notice,
  ...csv('data/tasks/test-2022-1.csv', '明确责任主体。,', `${cell(`明确责任主体${mark(4)}`)},`),
  ...csv('data/targets/test-2022-1.csv', ',清理任务,', `,${cell(`清理任务${img(5)}`)},`),
  ...csv('data/progress/test-2022-1.csv', ',c1,\n', `,c1,${cell(`备注${mark(6)}`)}\n`),
  ...csv('data/groups/test-2022-1.csv', ',测试领导小组,', `,${cell(`测试领导小组${img(7)}`)},`),
  ...csv('data/group-members/test-2022-1.csv', ',张三,县长', `,张三,${cell(`县长${mark(8)}`)}`),
  ...csv('data/units/test.csv', 'test-gxbm,各相关部门,测试县,统称,,', `test-gxbm,各相关部门,测试县,统称,,${cell(img(9))}`),
};

let site = '';
let url = '';
let close: () => void = () => {};
beforeAll(async () => {
  ({ site, url, close } = await serveFixtureSite(overrides));
}, 300_000);
afterAll(async () => {
  close();
  await closeBrowser();
});

describe('text from CSV, frontmatter and the notice body', () => {
  it('never becomes an element or an attribute on any page', () => {
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const page = readPage(site, file);
      for (const script of page.querySelectorAll('script')) expect(script.text, file).not.toContain('__xss');
      expect(
        page.querySelectorAll('[onerror]').map((element) => element.toString()),
        file,
      ).toEqual([]);
    }
  });

  it('shows as the very characters that were typed, and runs nothing in a browser', async () => {
    const page = await newPage();
    await page.goto(`${url}/notices/test-2022-1/`);
    const text = await page.locator('main').innerText();
    for (const typed of [mark(1), img(2), img(3), mark(4), img(5), mark(6), img(7)]) expect(text).toContain(typed);
    expect(text).toContain(ASCII_PUNCTUATION);
    expect(await page.title()).toContain(mark(1));
    for (const where of ['/notices/test-2022-1/', '/tasks/', '/people/', '/units/', '/data/', '/changes/', '/']) {
      await page.goto(`${url}${where}`);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss), where).toBeUndefined();
    }
    await page.goto(`${url}/people/`);
    expect(await page.locator('main').innerText()).toContain(mark(8));
  });
});
