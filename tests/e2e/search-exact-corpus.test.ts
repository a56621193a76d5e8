// Exact search at a scale where the search page cannot check every candidate at once: a generated
// corpus of 200 notices (copies of the real ones with their own document numbers, as the bench
// makes them), built and indexed here like the real site, but in shards of 60 pages (an archive's
// index is in shards of 1,000: src/lib/search/shards.ts). Most queries then have more candidate
// pages than a first search checks, in shards it has not read, so every result the reader reaches
// through "显示更多结果" counts: a subset of the exactness queries must still find exactly the pages
// that contain them.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { buildSearchIndex } from '../../scripts/search-index.ts';
import type { ExactIndexManifest } from '../../src/lib/search/index-format.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { closeBrowser, newPage } from './support/browser.ts';
import { checkExactness, exactnessCases, type ExactnessCases } from './support/exactness.ts';
import { settled } from './support/search.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROJECT = path.join(ROOT, 'tests/.tmp/corpus-200');
const NOTICES = 200;
const SHARD_PAGES = 60;

let server: Server;
let siteUrl = '';
let cases: ExactnessCases;
let page: Page;
/** Errors the search page reported, which would fail every later search of its view. */
const pageErrors: string[] = [];

beforeAll(async () => {
  generateCorpus(NOTICES, PROJECT);
  const env = { ...process.env, SITE_AS_OF: '2023-12-31', ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: PROJECT, env, stdio: 'pipe' });
  const siteDir = path.join(PROJECT, 'dist');
  await buildSearchIndex(siteDir, { shardPages: SHARD_PAGES });
  ({ server, url: siteUrl } = await serveStatic(siteDir));
  cases = exactnessCases(siteDir, 0.3);
  page = await newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => (message.type() === 'error' ? pageErrors.push(message.text()) : undefined));
}, 900_000);

afterAll(async () => {
  await closeBrowser();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(PROJECT, { recursive: true, force: true });
});

describe(`exact search on a generated corpus of ${NOTICES} notices`, () => {
  it('is a corpus where a first search checks few candidates and reads only the newest shards', async () => {
    expect(cases.corpus.size).toBeGreaterThan(NOTICES);
    const manifest = JSON.parse(readFileSync(path.join(PROJECT, 'dist/pagefind/exact-search.json'), 'utf8')) as ExactIndexManifest;
    expect(manifest.shards.length).toBeGreaterThanOrEqual(Math.ceil(cases.corpus.size / SHARD_PAGES));
    expect(manifest.shards.some((shard) => shard.dated) && manifest.shards.some((shard) => !shard.dated)).toBe(true);
    // Pagefind looks every 4 ms, not 50, whether a shard it was just given is read (src/lib/search/pagefind-script.ts).
    expect(readFileSync(path.join(PROJECT, 'dist/pagefind/pagefind.js'), 'utf8')).toContain('await asyncSleep(4);}if(!this.raw_ptr)');
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('批而未供')}`);
    await settled(page, '批而未供');
    expect(await page.locator('#search-results').getAttribute('data-complete')).toBe('false');
    expect(Number(await page.locator('#search-results').getAttribute('data-candidates'))).toBeGreaterThan(5);
    expect(await page.locator('#search-status').textContent()).toMatch(
      /^至少 \d+ 个页面包含“批而未供”，还有 \d+ 个可能包含的页面待核对，\d+ 个页面尚未搜索。$/u,
    );
    // "More" adds results after those shown and moves the focus to the first it added, for a keyboard reader.
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(before);
    expect(await page.evaluate((at) => document.activeElement === document.querySelectorAll('#search-results > li')[at]?.querySelector('a'), before)).toBe(
      true,
    );
  });

  it('finds exactly the pages whose text contains the query, through "more": recall 1 and precision 1', { timeout: 1_200_000 }, async () => {
    const { report, failures } = await checkExactness(page, siteUrl, cases);
    console.log(report);
    expect(failures).toEqual([]);
    // Such as a query naming a year, whose shards are read before the first one (src/client/search/engine.ts).
    expect(pageErrors).toEqual([]);
  });
});
