// Lists that grow with the archive are split into static parts (src/lib/pages/paging.ts). A generated
// corpus of 200 notices (copies of the real ones, as the bench makes them), built with a small budget
// of rows per part, so that the task list, the people index, notice lists and the busiest unit pages
// are all split: every part is linked from its overview, the counts add up, every task is in exactly
// one part, every page stays under the byte budget and the parts work without JavaScript.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { closeBrowser, newPage } from './support/browser.ts';
import { siteEnv } from '../support/site-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Outside the repository: inside it, every notice page would read this checkout's git history (slow).
const PROJECT = path.join(tmpdir(), `policy-site-split-200-${process.pid}`);
const NOTICES = 200;
const PART_ROWS = 120;
const DIST = path.join(PROJECT, 'dist');

let server: Server;
let siteUrl = '';

beforeAll(async () => {
  generateCorpus(NOTICES, PROJECT);
  // As staff run it: without what vitest sets (NODE_ENV=test would make Astro's build run the dev-only
  // project check on every page), statuses pinned, a small budget of rows per part.
  const env = siteEnv({ SITE_PART_ROWS: String(PART_ROWS) });
  execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: PROJECT, env, stdio: 'pipe' });
  ({ server, url: siteUrl } = await serveStatic(DIST));
}, 1_800_000);

afterAll(async () => {
  await closeBrowser();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(PROJECT, { recursive: true, force: true });
});

const html = (page: string) => readFileSync(path.join(DIST, decodeURIComponent(page), 'index.html'), 'utf8');
const hrefs = (text: string, pattern: RegExp) => [
  ...new Set([...text.matchAll(/href="([^"]+)"/gu)].map((match) => match[1]!).filter((href) => pattern.test(decodeURIComponent(href)))),
];
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? [path.join(dir, entry.name)] : [],
  );
const csvIds = (table: string) =>
  readdirSync(path.join(PROJECT, 'data', table)).flatMap((file) =>
    readFileSync(path.join(PROJECT, 'data', table, file), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]!),
  );

describe(`split pages on a generated corpus of ${NOTICES} notices, ${PART_ROWS} rows per part`, () => {
  it('keeps every page under 150 KB of gzip HTML and 1.5 MB raw', () => {
    const heavy = htmlFiles(DIST)
      .map((file) => ({ file: path.relative(DIST, file), raw: readFileSync(file).length, gzip: gzipSync(readFileSync(file)).length }))
      .filter((page) => page.raw > 1_500_000 || page.gzip > 150_000);
    expect(heavy).toEqual([]);
  });

  it('makes /tasks/ an overview that links every part, whose counts add up and hold every task exactly once', () => {
    const overview = html('tasks/');
    expect(overview).not.toContain('id="task-list"');
    expect(overview).not.toContain('data-pagefind-body');
    const parts = hrefs(overview, /^\/tasks\/part\/\d+\/$/u);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, index) => `/tasks/part/${index + 1}/`));
    const seen = new Map<string, number>();
    const counted = parts.map((part) => {
      const text = html(part.slice(1));
      expect(text).toContain(`第 ${parts.indexOf(part) + 1} 部分（共 ${parts.length} 部分）`);
      expect(text).toContain('data-pagefind-body');
      const ids = [...text.matchAll(/<tr id="task-([^"]+)"/gu)].map((match) => match[1]!);
      expect(ids.length).toBeLessThanOrEqual(PART_ROWS);
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      return ids.length;
    });
    const tasks = csvIds('tasks');
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect([...seen.keys()].sort()).toEqual([...tasks].sort());
    const total = Number(/共 (\d+) 项任务/u.exec(overview)?.[1]);
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(total).toBe(tasks.length);
  });

  it('links each notice page to the part of the task list that holds its tasks, filtered to it', () => {
    const noticeIds = readdirSync(path.join(PROJECT, 'content/notices')).map((file) => file.replace(/\.mdx$/u, ''));
    const withTasks = new Set(csvIds('tasks').map((id) => id.replace(/-t\d+$/u, '')));
    const parts = new Set<string>();
    for (const id of noticeIds.filter((notice) => withTasks.has(notice))) {
      const link = /<a href="([^"]+)">在全部任务中查看<\/a>/u.exec(html(`notices/${id}/`))?.[1]?.replaceAll('&amp;', '&');
      expect(link, id).toMatch(new RegExp(`^/tasks/part/\\d+/\\?notice=${id}$`, 'u'));
      const part = link!.split('?')[0]!;
      parts.add(part);
      expect(html(part.slice(1)), `${id} in ${part}`).toContain(`data-notice="${id}"`);
    }
    expect(parts.size).toBeGreaterThan(1);
  });

  it('links the parts to each other and to the overview', () => {
    const second = html('tasks/part/2/');
    expect(hrefs(second, /^\/tasks\/(part\/[13]\/)?$/u).sort()).toEqual(['/tasks/', '/tasks/part/1/', '/tasks/part/3/']);
  });

  it('splits the people index into one row per person, each linking to the person’s page with the old anchor kept', () => {
    const index = html('people/');
    const people = hrefs(index, /^\/people\/[^/]+\/$/u);
    expect(people.length).toBeGreaterThan(1);
    for (const person of people) {
      const key = decodeURIComponent(person.split('/')[2]!);
      expect(index).toContain(`id="person-${key}"`);
      expect(html(person.slice(1))).toContain('data-pagefind-body');
    }
  });

  it('splits a long notice list into parts holding each of its notices once, and the home page says how many it shows', () => {
    // Every copy is 未注明: 200 notices, more than a part holds (山西省 has exactly 120).
    const region = html('notices/validity/未注明/');
    const total = Number(/共 (\d+) 件/u.exec(region)?.[1]);
    const parts = hrefs(region, /^\/notices\/validity\/未注明\/part\/\d+\/$/u);
    expect(parts.length).toBeGreaterThan(1);
    const notices = parts.flatMap((part) => hrefs(html(part.slice(1)), /^\/notices\/[^/]+\/$/u).filter((href) => !href.startsWith('/notices/validity/')));
    expect(new Set(notices).size).toBe(notices.length);
    expect(notices.length).toBe(total);
    expect(
      html('')
        .match(/共 (\d+) 件，这里列出最新的 (\d+) 件/u)
        ?.slice(1),
    ).toEqual([String(NOTICES), '50']);
  });

  it('splits the busiest unit’s tasks into parts linked from its page', () => {
    const units = readdirSync(path.join(DIST, 'units'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const split = units.filter((entry) => html(`units/${entry.name}/`).includes(`/units/${entry.name}/tasks/1/`));
    expect(split.length).toBeGreaterThan(0);
    const unit = split[0]!.name;
    const page = html(`units/${unit}/`);
    const total = Number(/涉及任务<\/dt><dd>(\d+) 项/u.exec(page)?.[1]);
    const parts = hrefs(page, new RegExp(`^/units/${unit}/tasks/\\d+/$`, 'u'));
    const ids = parts.flatMap((part) => [...new Set([...html(part.slice(1)).matchAll(/<tr id="task-([^"]+)"/gu)].map((match) => match[1]!))]);
    expect(new Set(ids).size).toBe(total);
  });

  it('shows a part’s whole table without JavaScript, and filters within the part with it', async () => {
    const noScript = await newPage({ javaScriptEnabled: false });
    await noScript.goto(`${siteUrl}/tasks/part/1/`);
    const rows = await noScript.locator('#task-list tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await noScript.locator('#task-list tbody tr:visible').count()).toBe(rows);
    await noScript.context().close();

    const page = await newPage();
    await page.goto(`${siteUrl}/tasks/part/1/?status=past-deadline-no-report`);
    await page.locator('#task-filters').waitFor({ state: 'visible' });
    const visible = await page.locator('#task-list tbody tr:visible').count();
    expect(visible).toBeLessThan(rows);
    await page.context().close();
  });
});
