// Phone-first reading at 320 and 375 px (the widths of the smallest phones in use): every page fits the
// screen, tables read as blocks, long notices start with their text, citations confirm where the reader is
// tapping, and tap targets are at least 24 × 24 px (WCAG 2.2 target size). Also the desktop layout of the
// filter forms, printing and the feeds a reader can follow.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, newPage } from './support/browser.ts';
import { htmlFiles } from './support/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

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
          if (a.width > 0 && a.right > b.left + 1 && a.left < b.right - 1 && a.bottom > b.top + 1 && a.top < b.bottom - 1) found.add(`${name(field)} overlaps ${name(other)}`);
        }
      }
    }
    return [...found];
  });

describe('layout at phone widths', () => {
  it('no page scrolls sideways at 320 or 375 px', async () => {
    const files = htmlFiles(siteDir);
    const wide: string[] = [];
    for (const width of PHONES) {
      const page = await phone(width);
      for (const file of files) {
        await page.goto(`${siteUrl}/${file.replace(/index\.html$/u, '')}`, { waitUntil: 'load' });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${width}px ${file}: ${scrollWidth}px wide`);
      }
      await page.context().close();
    }
    expect(wide).toEqual([]);
  }, 300_000);

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
