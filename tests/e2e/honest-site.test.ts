import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';

const siteUrl = inject('frozenSiteUrl');

afterAll(closeBrowser);

// What the site says about the notices must be true: these read the frozen fixture's five-notice site
// (tests/fixtures/frozen-site/) at phone width.
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true };

describe('statuses say what the site knows', () => {
  it.each(['/dashboard/', '/tasks/', '/notices/anze-2023-16/'])(
    '%s says in a visible sentence how many reports the site holds and what the 统计日 is',
    async (path) => {
      const page = await newPage(PHONE);
      await page.goto(`${siteUrl}${path}`);
      const note = page.locator('.report-note').first();
      expect(await note.isVisible()).toBe(true);
      // The e2e build pins SITE_AS_OF, and the sentence says so.
      expect(await note.textContent()).toMatch(
        /^截至统计日，本站收录任务进展报告 \d+ 条、目标进展数字 \d+ 条.*状态只说明本站是否收录了报告，不说明工作是否开展或完成。统计日 2023年12月31日 是生成本站时指定的日期，不一定是今天。$/u,
      );
      // Badges, charts and their tables name statuses by what the site holds, not as verdicts.
      const labels = (await page.locator('.status, figure, .status-rule').allTextContents()).join('\n');
      expect(labels).toContain('暂无进展报告');
      for (const verdict of ['未开始', '逾期']) expect(labels).not.toContain(verdict);
      await page.context().close();
    },
  );

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
      expect(await page.locator('.notice-meta-block').textContent()).toContain('效力说明未注明。本站收录的文件没有写明本文件的有效期');
    }
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未')}&validity=${encodeURIComponent('未注明')}`);
    // On a phone the filters are one closed control, and the query's counts load once it is opened.
    await page.locator('#search-filter-panel > summary').click();
    // The menus' counts come after the first results: more than expect.poll's default second on a loaded machine.
    await expect.poll(() => page.locator('#search-validity option').allTextContents(), { timeout: 15_000 }).toEqual(['全部', `未注明（≤${count}）`]);
    expect(await page.inputValue('#search-validity')).toBe('未注明');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('a date the reader picks', () => {
  const asOf = '2022-09-01';
  /** Statuses as the rule gives them on `date` for the rows in the page, none of which has a report on this site. */
  const expectedPastDeadline = (deadlines: string[], date: string) => deadlines.filter((deadline) => deadline !== '' && deadline < date).length;

  it('recomputes the task list in the page, keeps the date in the URL and works with the filters (375 px)', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/tasks/?asof=${asOf}`);
    await expect.poll(() => page.locator('#as-of-picker').isVisible()).toBe(true);
    expect(await page.inputValue('#as-of-date')).toBe(asOf);
    const rows = page.locator('#task-list tbody tr');
    const deadlines = await rows.evaluateAll((list) => list.map((row) => (row as HTMLElement).dataset['deadline'] ?? ''));
    expect(await rows.evaluateAll((list) => list.filter((row) => (row as HTMLElement).dataset['reports']).length)).toBe(0);
    const past = expectedPastDeadline(deadlines, asOf);
    expect(await page.locator('#task-list tbody tr[data-status="past-deadline-no-report"]').count()).toBe(past);
    expect(await page.locator('#task-list tbody tr[data-status="no-report"]').count()).toBe(deadlines.length - past);
    expect(await page.locator('#task-anze-2022-50-t01 .status').textContent()).toBe('○ 暂无进展报告');
    expect(await page.locator('.report-note').textContent()).toContain(
      '目标进展数字 0 条。状态只说明本站是否收录了报告，不说明工作是否开展或完成。统计日 2022年9月1日 是你选择的日期。',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The status filter works on the recomputed statuses, and both stay in the URL.
    await page.selectOption('#filter-status', 'past-deadline-no-report');
    await expect.poll(() => page.locator('#task-list tbody tr:visible').count()).toBe(past);
    expect(page.url()).toMatch(/asof=2022-09-01/u);
    expect(page.url()).toMatch(/status=past-deadline-no-report/u);

    // Back to the build's date: the date leaves the URL and the statuses are the build's.
    await page.fill('#as-of-date', '2023-12-31');
    await expect.poll(() => page.locator('#task-anze-2022-50-t01 .status').textContent()).toBe('○! 已过期限，暂无进展报告');
    expect(page.url()).not.toMatch(/asof=/u);
    expect(await page.locator('#task-list tbody tr:visible').count()).toBe(expectedPastDeadline(deadlines, '2023-12-31'));
    await page.context().close();
  });

  it('recomputes a unit page', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/units/anze-ziranziyuan/?asof=${asOf}`);
    await expect.poll(() => page.locator('table.task-table tbody tr[data-status="past-deadline-no-report"]').count()).toBe(0);
    expect(await page.locator('.report-note').textContent()).toContain('统计日 2022年9月1日 是你选择的日期。');
    await page.context().close();
  });

  it("recomputes the dashboard's status counts and each target's latest report, and hides what is drawn for another date", async () => {
    const page = await newPage(PHONE);
    await page.goto(`${siteUrl}/tasks/`);
    const deadlines = await page.locator('#task-list tbody tr').evaluateAll((list) => list.map((row) => (row as HTMLElement).dataset['deadline'] ?? ''));
    await page.goto(`${siteUrl}/dashboard/?asof=${asOf}`);
    const all = page.locator('#chart-status-all tbody tr').first();
    await expect.poll(() => all.locator('[data-status-count="past-deadline-no-report"] a').textContent()).toBe(String(expectedPastDeadline(deadlines, asOf)));
    expect(await all.locator('[data-status-count="no-report"] a').textContent()).toBe(String(deadlines.length - expectedPastDeadline(deadlines, asOf)));
    expect(await page.locator('#chart-status-all > svg.chart-svg').isVisible()).toBe(false);
    expect(await page.locator('#chart-status-all .as-of-other-note').textContent()).toContain('图形按 2023年12月31日 绘制');
    expect(await page.locator('#chart-status-all details.chart-data').getAttribute('open')).not.toBeNull();
    const latest = page.locator('article.dashboard-chart', { has: page.locator('#chart-trajectory-anze-2022-50-clear-2022') }).locator('.latest-report');
    expect(await latest.textContent()).toBe('截至统计日，本站没有这个目标的进展报告。');
    await page.fill('#as-of-date', '2022-10-01');
    await expect.poll(() => latest.textContent()).toBe('截至统计日，最近一次报告（2022年9月14日）：48.2亩、37.8%，出处：安政办发〔2022〕50号。');
    expect(page.url()).toMatch(/asof=2022-10-01/u);
    await page.context().close();
  });

  it('without JavaScript, shows the build date and no picker', async () => {
    const page = await newPage({ ...PHONE, javaScriptEnabled: false });
    await page.goto(`${siteUrl}/tasks/?asof=${asOf}`);
    expect(await page.locator('#as-of-picker').isVisible()).toBe(false);
    expect(await page.locator('#task-anze-2022-50-t01 .status').textContent()).toBe('○! 已过期限，暂无进展报告');
    expect(await page.locator('.report-note').textContent()).toContain('统计日 2023年12月31日');
    await page.context().close();
  });
});
