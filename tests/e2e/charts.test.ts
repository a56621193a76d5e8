// Charts of particular notices and targets, on the frozen fixture's site (tests/fixtures/frozen-site/):
// the counts, texts and figures below are those of its five notices, which staff edits never change.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, closeBrowser, newPage } from './support/browser.ts';

const siteUrl = inject('frozenSiteUrl');
afterAll(closeBrowser);

/** The SVG of the first chart figure matching `figure` (each chart is drawn once; CSS scales it to its column). */
const chartSvg = (page: Page, figure: string) => page.locator(figure).first().locator('svg.chart-svg');

const CHART_PAGES = ['/dashboard/', '/notices/zhumadian-2021-19/', '/notices/anze-2022-50/'];

describe('charts without JavaScript', () => {
  it('puts every chart type into the dashboard’s HTML as a titled, described picture with a data table', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/dashboard/`);
    for (const type of ['chart-status', 'chart-timeline', 'chart-trajectory', 'chart-regional']) {
      const figures = page.locator(`figure.${type}`);
      expect(await figures.count(), type).toBeGreaterThan(0);
      const svg = chartSvg(page, `figure.${type}`);
      expect(await svg.count(), type).toBe(1);
      expect(await svg.isVisible(), type).toBe(true);
      expect(await svg.getAttribute('role'), type).toBe(type === 'chart-status' ? 'graphics-document' : 'img');
      expect((await svg.locator('title').first().textContent())?.length, type).toBeGreaterThan(4);
      expect((await svg.locator('desc').textContent())?.length, type).toBeGreaterThan(20);
      expect(await figures.first().locator('details.chart-data table').count(), type).toBe(1);
      // A picture has nothing focusable in it until the script makes the points reachable.
      if (type !== 'chart-status') expect(await svg.locator('[tabindex]').count(), type).toBe(0);
    }
    await page.context().close();
  });

  it('draws the plan against the report on a notice page, with the key figures in the description', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/notices/anze-2022-50/`);
    const svg = chartSvg(page, '#chart-trajectory-anze-2022-50-clear-2022');
    // 6月底 50 %, 8月底 75 %, due 2022-11-30; no start invented before the first milestone.
    expect(await svg.locator('.plan-point').count()).toBe(3);
    // 48.2 亩 and 37.8 % are one figure on one date.
    expect(await svg.locator('.report-point').count()).toBe(1);
    expect(await svg.locator('.report-point title').textContent()).toBe(
      '报告：截至2022年9月14日 48.2亩（同时报告 37.8%）；同期计划约 78.8%（按相邻节点直线推算）',
    );
    expect(await svg.locator('desc').textContent()).toContain(
      '目标：2022年度清理“批而未用”任务，2022年11月30日前完成 127.53亩。阶段节点：2022年6月30日前50%，2022年8月31日前75%。最新报告：截至2022年9月14日 48.2亩',
    );
    expect(await svg.locator('.as-of text').textContent()).toBe('统计日 2023年12月31日 →');
    // A target with a deadline only and no report gets no chart of one point, but the sentence why.
    const other = page.locator('#target-anze-2022-50-standard-land-2022');
    expect(await other.locator('figure').count()).toBe(0);
    expect(await other.locator('.source-note', { hasText: '尚无进展报告' }).textContent()).toBe(
      '尚无进展报告。文件只规定了期限，没有阶段节点，所以不画进度图。',
    );

    // Status segments are links to the filtered task list; overdue deadlines are crosses.
    const segments = chartSvg(page, '.chart-status').locator('a.chart-link');
    expect(await segments.count()).toBeGreaterThan(0);
    for (const href of await segments.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      expect(href).toMatch(/^\/tasks\/\?status=(completed|in-progress|no-report|past-deadline|past-deadline-no-report)&notice=anze-2022-50$/u);
    expect(await chartSvg(page, '.chart-status').locator('desc').textContent()).toMatch(/共 9 项/u);
    expect(await chartSvg(page, '.chart-timeline').locator('.mark-overdue').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows task quantities by area and says plainly that no completion is reported', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/notices/zhumadian-2021-19/`);
    const figures = page.locator('figure.chart-regional');
    expect(await figures.count()).toBe(4); // 批而未供; 闲置 from two printed bases; 低效
    const first = chartSvg(page, 'figure.chart-regional');
    expect(await first.locator('desc').textContent()).toContain('最多 驿城区 6,299亩');
    expect(await first.locator('.rate-bar').count()).toBe(0);
    expect(await first.locator('text', { hasText: /第\d名|^\d+\. / }).count()).toBe(0);
    expect(await page.locator('figure.chart-regional figcaption', { hasText: '各区域尚未报告完成情况' }).count()).toBe(4);
    // A staged plan without reports is drawn, and says so instead of drawing a line at zero.
    const planned = chartSvg(page, '#chart-trajectory-zhumadian-2021-19-unsupplied');
    expect(await planned.locator('.plan-point').count()).toBeGreaterThanOrEqual(2);
    expect(await planned.locator('.no-data').textContent()).toBe('截至统计日尚无进展报告');
    expect(await planned.locator('.report-line, .report-point').count()).toBe(0);
    await page.context().close();
  });
});

describe('charts with JavaScript', () => {
  it('shows a tooltip when a data point gets keyboard focus; arrows move between points; Escape hides it', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/notices/anze-2023-16/`);
    const svg = chartSvg(page, '.chart-trajectory');
    await expect.poll(() => svg.getAttribute('role')).toBe('graphics-document');
    // One tab stop per chart.
    expect(await svg.locator('.chart-point[tabindex="0"]').count()).toBe(1);
    const points = svg.locator('.chart-point');
    await points.first().focus();
    const tooltip = page.locator('#chart-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe('计划：2023年5月31日前（原文“5月底前”）达到 25%');
    expect(await points.first().getAttribute('aria-label')).toBe(await tooltip.textContent());
    await page.keyboard.press('ArrowRight');
    expect(await points.nth(1).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tooltip.textContent()).toMatch(/^计划：2023年6月30日前/u);
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
    // Hovering shows the same tooltip and dims the other points.
    await points.nth(2).hover();
    await expect.poll(() => tooltip.textContent()).toMatch(/^计划：2023年9月30日前/u);
    expect(await svg.evaluate((element) => element.classList.contains('has-active'))).toBe(true);
    await page.context().close();
  });

  it('reaches a chart point with the Tab key and shows its tooltip', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/notices/anze-2022-50/`);
    const svg = chartSvg(page, '#chart-trajectory-anze-2022-50-clear-2022');
    await expect.poll(() => svg.getAttribute('role')).toBe('graphics-document');
    await page.locator('#target-anze-2022-50-clear-2022 h3').evaluate((heading) => {
      heading.setAttribute('tabindex', '-1');
      (heading as HTMLElement).focus();
    });
    for (let press = 0; press < 20 && !(await page.evaluate(() => document.activeElement?.classList.contains('chart-point'))); press += 1)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('figure')?.id)).toBe('chart-trajectory-anze-2022-50-clear-2022');
    await expect.poll(() => page.locator('#chart-tooltip').isVisible()).toBe(true);
    expect(await page.locator('#chart-tooltip').textContent()).toMatch(/^计划：2022年6月30日前/u);
    await page.context().close();
  });

  it('gives status links a tooltip on focus and opens the same filtered task list', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}/dashboard/`);
    const link = chartSvg(page, '#chart-status-all').locator('a.chart-link:has(rect.status-past-deadline-no-report)').first();
    await link.focus();
    await expect.poll(() => page.locator('#chart-tooltip').textContent()).toMatch(/^全部文件：已过期限，暂无进展报告 \d+ 项/u);
    const count = Number(/已过期限，暂无进展报告 (\d+) 项/u.exec((await page.locator('#chart-tooltip').textContent()) ?? '')?.[1]);
    await link.click();
    await page.waitForURL(/\/tasks\/\?status=past-deadline-no-report$/u);
    await expect.poll(() => page.locator('#task-list tbody tr:visible').count()).toBe(count);
    expect(await page.inputValue('#filter-status')).toBe('past-deadline-no-report');
    await page.context().close();
  });

  // Three axe runs each, like the other multi-page axe tests: on two shared cores that can take over a minute.
  it.each([
    { width: 1280, height: 900 },
    { width: 320, height: 640 },
  ])('passes axe-core with the points enhanced and a tooltip showing ($width px)', { timeout: 180_000 }, async (viewport) => {
    const violations: string[] = [];
    const page = await newPage({ viewport });
    for (const path of ['/dashboard/', '/notices/anze-2022-50/', '/notices/zhumadian-2021-19/']) {
      await page.goto(`${siteUrl}${path}`);
      const point = page.locator('svg.chart-svg .chart-point').first();
      await expect.poll(() => point.getAttribute('tabindex')).toBe('0');
      await point.focus();
      await expect.poll(() => page.locator('#chart-tooltip').isVisible()).toBe(true);
      violations.push(...(await accessibilityViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('one drawing per chart', () => {
  it('puts exactly one SVG in each chart figure, named and described by ids that are unique on the page', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const path of CHART_PAGES) {
      await page.goto(`${siteUrl}${path}`);
      const figures = await page.locator('figure.chart').evaluateAll((all) =>
        all.map((figure) => {
          const svgs = figure.querySelectorAll('svg.chart-svg');
          const svg = svgs[0];
          const resolve = (attribute: string) => {
            const id = svg?.getAttribute(attribute) ?? '';
            const found = document.querySelectorAll(`[id="${id}"]`);
            return {
              id,
              count: found.length,
              inside: found.length === 1 && svg!.contains(found[0]!),
              tag: found[0]?.localName,
              text: found[0]?.textContent?.trim().length ?? 0,
            };
          };
          return { id: figure.id, svgs: svgs.length, title: resolve('aria-labelledby'), desc: resolve('aria-describedby') };
        }),
      );
      expect(figures.length, path).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.svgs, `${path} ${figure.id}`).toBe(1);
        expect(figure.title, `${path} ${figure.id}`).toMatchObject({ id: `${figure.id}-title`, count: 1, inside: true, tag: 'title' });
        expect(figure.desc, `${path} ${figure.id}`).toMatchObject({ id: `${figure.id}-desc`, count: 1, inside: true, tag: 'desc' });
        expect(figure.title.text, `${path} ${figure.id}`).toBeGreaterThan(0);
        expect(figure.desc.text, `${path} ${figure.id}`).toBeGreaterThan(0);
      }
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        path,
      ).toEqual([]);
    }
    await page.context().close();
  });

  // The drawing is 320 px wide; shown at the width of its column from 288 px (a 320 px phone: 13 px text
  // reads 11.7 px) to 480 px (1.5 times: 19.5 px).
  it.each([
    { width: 320, height: 640, widest: 320 },
    { width: 375, height: 667, widest: 375 },
    { width: 1280, height: 800, widest: 480 },
  ])('shows every chart at $width px, no wider than its figure nor $widest px, text at least 11 px, without sideways scrolling', async (viewport) => {
    const page = await newPage({ viewport: { width: viewport.width, height: viewport.height }, javaScriptEnabled: false });
    for (const path of CHART_PAGES) {
      await page.goto(`${siteUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
      const charts = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((figure) => {
          const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg')!;
          const box = svg.getBoundingClientRect();
          const frame = figure.getBoundingClientRect();
          return {
            id: figure.id,
            visible: svg.checkVisibility() && box.width > 0 && box.height > 0,
            width: box.width,
            height: box.height,
            left: box.left - frame.left,
            right: frame.right - box.right,
            scale: box.width / svg.viewBox.baseVal.width,
            aspect: box.height / box.width - svg.viewBox.baseVal.height / svg.viewBox.baseVal.width,
          };
        }),
      );
      expect(charts.length, path).toBeGreaterThan(0);
      for (const chart of charts) {
        const where = `${path} ${chart.id}`;
        expect(chart.visible, where).toBe(true);
        expect(chart.left, where).toBeGreaterThanOrEqual(0);
        expect(chart.right, where).toBeGreaterThanOrEqual(-0.5);
        expect(chart.width, where).toBeLessThanOrEqual(viewport.widest + 0.5);
        expect(Math.abs(chart.aspect), where).toBeLessThan(0.01);
        // Chart text is 13 px at natural size (11 px for minor labels); shown at least 0.85 of that.
        expect(chart.scale * 13, where).toBeGreaterThanOrEqual(11);
      }
      // On a wide screen the drawing stops growing at 1.5 times its width.
      if (viewport.width === 1280) for (const chart of charts) expect(chart.width, `${path} ${chart.id}`).toBeCloseTo(480, 0);
    }
    await page.context().close();
  });
});

describe('charts on a 320 px screen', () => {
  it('pass axe-core as served, before any script runs (the static pictures)', { timeout: 180_000 }, async () => {
    // axe-core needs JavaScript in the page, so the page is loaded as served with its scripts taken out.
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    const violations: string[] = [];
    for (const path of ['/dashboard/', '/notices/anze-2022-50/', '/notices/zhumadian-2021-19/']) {
      const html = await (await fetch(`${siteUrl}${path}`)).text();
      await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gu, '').replace('<head>', `<head><base href="${siteUrl}${path}">`), {
        waitUntil: 'load',
      });
      expect(await page.locator('svg.chart-svg').count(), path).toBeGreaterThan(0);
      expect(await page.locator('svg.chart-svg:visible').count(), path).toBe(await page.locator('svg.chart-svg').count());
      expect(await page.locator('svg.chart-svg[role="graphics-document"]:not(:has(a))').count(), path).toBe(0);
      violations.push(...(await accessibilityViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
