import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPage } from './support/browser.ts';
import { makeProject } from '../support/project.ts';
import { ROOT, copySiteCode, siteEnv } from '../support/site-copy.ts';

// `npm run dev` as staff use it: a page stays open in the browser while files are edited.
// Runs on a temporary copy of the mini project (one notice) with the site's code.
const TASKS = 'data/tasks/test-2022-1.csv';
const NOTICE = 'content/notices/test-2022-1.mdx';

let server: ChildProcess | undefined;
let site = '';
afterAll(async () => {
  await closeBrowser();
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill();
    await exited;
  }
  if (site) rmSync(site, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Text of Astro's error overlay (without its styles), or null when there is none. */
const overlayText = (page: Page) =>
  page
    .evaluate(() => {
      const overlay = document.querySelector('vite-error-overlay');
      if (!overlay?.shadowRoot) return null;
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        else if (!['STYLE', 'SCRIPT', 'svg'].includes(node.nodeName)) node.childNodes.forEach(walk);
      };
      overlay.shadowRoot.childNodes.forEach(walk);
      return parts.join(' ').replace(/\s+/gu, ' ');
    })
    .catch(() => 'navigating'); // the page is reloading: ask again

const pageText = (page: Page) =>
  page
    .locator('main')
    .innerText({ timeout: 2_000 })
    .catch(() => '');

describe('npm run dev', () => {
  it('updates the open page when a CSV or notice changes, and shows a bad edit in the overlay until it is fixed', { timeout: 300_000 }, async () => {
    site = copySiteCode(makeProject());
    const port = await freePort();
    let output = '';
    server = spawn(
      path.join(ROOT, 'node_modules/.bin/node'),
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: site,
        env: siteEnv(),
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 120_000, interval: 250 }).toMatch(/watching for file changes/u);

    const file = (name: string) => path.join(site, name);
    const tasks = readFileSync(file(TASKS), 'utf8');
    const notice = readFileSync(file(NOTICE), 'utf8');
    const within = { timeout: 30_000, interval: 250 };

    // On the list of notices (the notice's own page was never rendered), a frontmatter edit that
    // breaks the notice changes no module and no content entry, yet the overlay must show it.
    const page = await newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect.poll(() => pageText(page), { timeout: 60_000 }).toContain('测政办发〔2022〕1号');
    // Downloads are plain files after a build; the dev server makes them from the files as they are.
    const download = await fetch(`http://127.0.0.1:${port}/${TASKS}`);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await download.text()).toContain('明确责任主体');
    writeFileSync(file(NOTICE), notice.replace('level: 县级', 'level: 县'));
    await expect.poll(() => overlayText(page), within).toMatch(/content\/notices\/test-2022-1\.mdx:10:\d+ .*level/u);
    writeFileSync(file(NOTICE), notice);
    await expect.poll(() => overlayText(page), within).toBeNull();

    await page.goto(`http://127.0.0.1:${port}/notices/test-2022-1/`);
    await expect.poll(() => pageText(page), within).toContain('明确责任主体。');

    // A CSV edit shows without a restart.
    writeFileSync(file(TASKS), tasks.replace('明确责任主体。', '压实工作责任（已修改）'));
    await expect.poll(() => pageText(page), within).toContain('压实工作责任（已修改）');

    // A bad cell: the overlay names the file, line and column; fixing the file brings the page back.
    writeFileSync(file(TASKS), tasks.replace(',2022-09-15,', ',2022/13/40,'));
    await expect.poll(() => overlayText(page), within).toMatch(/data\/tasks\/test-2022-1\.csv:2:5 .*2022\/13\/40/u);
    writeFileSync(file(TASKS), tasks);
    await expect.poll(() => overlayText(page), within).toBeNull();
    await expect.poll(() => pageText(page), within).toContain('明确责任主体。');

    // A reference to a unit that does not exist (every cell on its own is fine).
    writeFileSync(file(TASKS), tasks.replace('自然资源局、', '县财政局、'));
    await expect.poll(() => overlayText(page), within).toMatch(/data\/tasks\/test-2022-1\.csv:2:7 .*县财政局/u);
    writeFileSync(file(TASKS), tasks);
    await expect.poll(() => overlayText(page), within).toBeNull();

    // The notice's text, then its frontmatter alone (the content store keeps the old entry then).
    writeFileSync(file(NOTICE), notice.replace('制定本方案。', '制定本方案（已修改）。'));
    await expect.poll(() => pageText(page), within).toContain('制定本方案（已修改）。');
    // MDX that does not compile (an unescaped <): Astro's own overlay, with the place.
    writeFileSync(file(NOTICE), notice.replace('根据', '根据<div'));
    await expect.poll(() => overlayText(page), within).toMatch(/test-2022-1\.mdx:\d+:\d+/u);
    writeFileSync(file(NOTICE), notice);
    await expect.poll(() => overlayText(page), within).toBeNull();
    await expect.poll(() => pageText(page), within).toContain('制定本方案。');
    writeFileSync(file(NOTICE), notice.replace('issued: 2022-09-14', 'issued: 2022年9月14日'));
    await expect.poll(() => overlayText(page), within).toMatch(/content\/notices\/test-2022-1\.mdx:5:\d+ .*issued/u);
    writeFileSync(file(NOTICE), notice);
    await expect.poll(() => overlayText(page), within).toBeNull();
    await expect.poll(() => pageText(page), within).toContain('2022年9月14日');
    expect(output).not.toMatch(/Server closed|restarting/iu);
  });
});
