import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';

const siteUrl = inject('siteUrl');

afterAll(closeBrowser);

// What the site says about the notices must be true: these read the built five-notice site at phone width.
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true };

describe('statuses say what the site knows', () => {
  it.each(['/dashboard/', '/tasks/', '/notices/anze-2023-16/'])('%s says in a visible sentence how many reports the site holds and what the 统计日 is', async (path) => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}${path}`);
    const note = page.locator('.report-note').first();
    expect(await note.isVisible()).toBe(true);
    // The e2e build pins SITE_AS_OF, and the sentence says so.
    expect(await note.textContent()).toMatch(/^截至统计日，本站收录任务进展报告 \d+ 条、目标进展数字 \d+ 条.*状态只说明本站是否收录了报告，不说明工作是否开展或完成。统计日 2023年12月31日 是生成本站时指定的日期，不一定是今天。$/u);
    // Badges, charts and their tables name statuses by what the site holds, not as verdicts.
    const labels = (await page.locator('.status, figure, .status-rule').allTextContents()).join('\n');
    expect(labels).toContain('暂无进展报告');
    for (const verdict of ['未开始', '逾期']) expect(labels).not.toContain(verdict);
    await page.context().close();
  });

  it('keeps the status keys of older links working', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/tasks/?status=overdue-unreported`);
    await expect.poll(() => page.inputValue('#filter-status')).toBe('past-deadline-no-report');
    const shown = await page.locator('#task-list tbody tr:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBe(await page.locator('#task-list tbody tr[data-status="past-deadline-no-report"]').count());
    await page.context().close();
  });
});

describe('the structured data is complete', () => {
  it('lists every member of the 安政办发〔2023〕16号 roster among the people, with their 2023 roles', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/people/`);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of ['党辉亮', '侯勇军', '娄雁楠']) expect(text).toContain(name);
    await page.goto(`${siteUrl}/notices/anze-2023-16/`);
    const roster = (await page.locator('section[aria-labelledby="groups-heading"]').textContent()) ?? '';
    for (const entry of ['张国强', '付强', '党辉亮', '侯勇军']) expect(roster).toContain(entry);
    await page.context().close();
  });

  it('has the dated stages as tasks, saying where the notice names no unit', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/notices/anze-2023-16/`);
    for (const stage of ['清理处置阶段(5月31日 — 11月30日)', '总结提高阶段(12月1日 — 12月31日)']) {
      const row = page.locator('section[aria-labelledby="tasks-heading"] tbody tr', { hasText: stage });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain('原文未写明责任单位');
    }
    await page.context().close();
  });
});

describe('the 驻马店 per-area figures say what they are', () => {
  it('labels each figure by its printed column, counts areas once and says which rows each sum covers', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    const idle = page.locator('#target-zhumadian-2021-19-idle table.area-targets');
    expect(await idle.locator('caption').textContent()).toMatch(/^分区域目标（13 个区域；/u);
    const headers = await idle.locator('thead th').allTextContents();
    expect(headers).toEqual(['区域', '2020年省厅下达闲置土地任务基数：2021年完成任务量（亩）', '2020年内网新增闲置土地数：2021年完成任务量（亩）']);
    expect(await idle.locator('tbody tr', { hasText: '驿城区' }).locator('td').allTextContents()).toEqual(['623', '1,040']);
    expect(await idle.locator('tbody tr').count()).toBe(13);
    // The sums say which rows they add, so 39,814 (13 areas) and 39,813 (中心城区合计 and 9 counties) are both explained.
    const unsupplied = page.locator('#target-zhumadian-2021-19-unsupplied');
    expect(await unsupplied.locator('table.area-targets tfoot').textContent()).toContain('各区域逐个相加（13 个区域，不用小计、合计行）39,814');
    expect(await unsupplied.locator('.target-note').textContent()).toContain('39814');
    const finding = page.locator('table.findings tr', { hasText: '合计 · 下达任务量' }).filter({ hasText: '39,813' });
    expect(await finding.textContent()).toContain('中心城区合计、西平县、上蔡县');
    await page.context().close();
  });
});

describe('validity', () => {
  it('says 未注明 on every notice and in the list, since no notice states its validity, and filters by it', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/`);
    const items = page.locator('.notice-list li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(5);
    expect(await items.locator('.validity').allTextContents()).toEqual(Array<string>(count).fill('效力：未注明'));
    await page.getByRole('link', { name: `未注明（${count}）` }).click();
    expect(await page.locator('.notice-list li').count()).toBe(count);
    for (const href of await page.locator('.notice-list a.title').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      await page.goto(`${siteUrl}${href}`);
      expect(await page.locator('.notice-meta').textContent()).toContain('效力未注明。本站收录的文件没有写明本文件的有效期');
    }
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未')}&validity=${encodeURIComponent('未注明')}`);
    await expect.poll(() => page.locator('#search-validity option').allTextContents()).toEqual(['全部', `未注明（${count}）`]);
    expect(await page.inputValue('#search-validity')).toBe('未注明');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
