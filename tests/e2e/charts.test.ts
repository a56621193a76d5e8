import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';

const siteUrl = inject('siteUrl');
afterAll(closeBrowser);

describe('charts', () => {
  it('are in the HTML and readable with JavaScript disabled: trajectory, regional bars, status, timeline', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/notices/anze-2022-50/`);
    const trajectory = page.locator('figure.chart svg[aria-roledescription="图表"]', { has: page.locator('title', { hasText: '2022年度清理“批而未用”任务' }) });
    expect(await trajectory.count()).toBe(1);
    expect(await trajectory.locator('desc').textContent()).toContain('最新报告：截至2022年9月14日 48.2亩（37.8%）');
    // 6月底, 8月底 and the due date; the notice (2022-09-14) came after the first milestones, so no start point.
    expect(await trajectory.locator('.planned-point').count()).toBe(3);
    expect(await trajectory.locator('.reported-point').count()).toBe(1); // 48.2 亩 and 37.8 % are one figure
    // Status summary segments link to the filtered task list.
    const segment = page.locator('.status-summary svg a').first();
    expect(await segment.getAttribute('href')).toMatch(/\/tasks\/\?status=[a-z-]+&notice=anze-2022-50$/u);
    expect(await page.locator('.status-summary desc').textContent()).toMatch(/共 9 项/u);
    // Deadline timeline: overdue tasks are drawn as crosses, not just in another colour.
    expect(await page.locator('svg .overdue-mark').count()).toBeGreaterThan(0);

    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    const bars = page.locator('figure.chart svg[aria-roledescription="图表"]', { has: page.locator('title', { hasText: '各区域任务量' }) });
    expect(await bars.count()).toBe(4); // 批而未供; 闲置 from two printed bases; 低效
    expect(await bars.first().locator('desc').textContent()).toContain('第1名 驿城区 6,299亩');
    expect(await page.locator('figure.chart figcaption', { hasText: '各区域尚无完成情况报告' }).count()).toBe(4);

    await page.goto(`${siteUrl}/notices/anze-2023-16/`);
    expect(await page.locator('svg .no-data').first().textContent()).toBe('尚无进展报告');
    await page.context().close();
  });

  it('follows a status segment to the same filtered view of the task list', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/dashboard/`);
    const link = page.locator('.status-legend a').filter({ hasText: /^逾期未报告：\d+ 项$/u });
    const count = Number(/(\d+) 项/u.exec((await link.textContent()) ?? '')?.[1]);
    await link.click();
    await expect.poll(() => page.locator('#task-list tbody tr:visible').count()).toBe(count);
    expect(await page.inputValue('#filter-status')).toBe('overdue-unreported');
    await page.context().close();
  });

  it('shows a tooltip when a data point gets keyboard focus', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/notices/anze-2022-50/`);
    const point = page.locator('.reported-point').first();
    await point.focus();
    const tooltip = page.locator('.chart-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/^报告：截至2022年9月14日/u);
    await page.keyboard.press('Tab');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.context().close();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/dashboard/', '/notices/zhumadian-2021-19/']) {
      await page.goto(`${siteUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
    }
    await page.context().close();
  });
});
