import { spawn, type ChildProcess } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FROZEN_PROJECT, ROOT, copySiteCode, siteEnv } from '../support/site-copy.ts';

// `npm run watch` on a temporary copy of the whole site: its code, and the notices and data of the frozen
// fixture (tests/fixtures/frozen-site/), whose rows the edits below change.
const TASKS = 'data/tasks/anze-2022-50.csv';
const NOTICE = 'content/notices/anze-2022-50.mdx';

let child: ChildProcess | undefined;
let site = '';
let output = '';
let url = '';
const waitFor = async (pattern: RegExp, from: number) => {
  await expect.poll(() => output.slice(from), { timeout: 240_000, interval: 250 }).toMatch(pattern);
};
/** The build `.site/current` points to, `builds/<time>`. */
const served = () => readlinkSync(path.join(site, '.site/current'));
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = once(child, 'exit');
    child.kill();
    await exited;
  }
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('npm run watch', () => {
  it('serves the last good site while a CSV or notice is broken, prints the error, and updates once it is fixed', { timeout: 600_000 }, async () => {
    site = copySiteCode(mkdtempSync(path.join(tmpdir(), 'policy-site-watch-')), { withContent: true, contentFrom: FROZEN_PROJECT });
    child = spawn(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/watch.ts'], { cwd: site, env: siteEnv({ PORT: '0' }) });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    // It serves at once (nothing built yet: 503), then the first build.
    await waitFor(/serving (http:\/\/\S+)\//u, 0);
    url = /serving (http:\/\/\S+)\//u.exec(output)![1]!;
    await waitFor(/网站已更新 \/ site updated/u, 0);
    const page = async () => (await fetch(`${url}/notices/anze-2022-50/`)).text();
    const before = await page();
    expect(before).toContain('明确责任主体，压实工作责任。');
    expect((await fetch(`${url}/pagefind/pagefind-entry.json`)).ok).toBe(true);
    const firstBuild = served();

    // Break a date: the check names file, line and column; the served site does not change.
    const good = readFileSync(path.join(site, TASKS), 'utf8');
    let mark = output.length;
    writeFileSync(path.join(site, TASKS), good.replace('2022-09-15,2022年9月15日前', '2022/13/40,2022年9月15日前'));
    await waitFor(/data\/tasks\/anze-2022-50\.csv:2:5 .*2022\/13\/40/u, mark);
    expect(output.slice(mark)).toContain('检查未通过，继续提供上一次成功的版本');
    expect(await page()).toBe(before);
    expect(served()).toBe(firstBuild);

    // A notice that does not compile as MDX: the check names it, the site stays.
    writeFileSync(path.join(site, TASKS), good);
    const notice = readFileSync(path.join(site, NOTICE), 'utf8');
    mark = output.length;
    writeFileSync(path.join(site, NOTICE), notice.replace('根据《', '根据<《'));
    await waitFor(/检查未通过，继续提供上一次成功的版本[\s\S]*content\/notices\/anze-2022-50\.mdx:\d+:\d+ /u, mark);
    expect(await page()).toBe(before);
    expect(served()).toBe(firstBuild);

    // A build that fails after the check passed (here a broken page of the site's code): the site stays.
    writeFileSync(path.join(site, NOTICE), notice);
    const tasksPage = path.join(site, 'src/pages/tasks/index.astro');
    const tasksPageSource = readFileSync(tasksPage, 'utf8');
    writeFileSync(tasksPage, `${tasksPageSource}\n{(() => { throw new Error('a page broken for the test'); })()}\n`);
    mark = output.length;
    writeFileSync(path.join(site, TASKS), `${good}\n`);
    await waitFor(/构建失败，继续提供上一次成功的版本[\s\S]*a page broken for the test/u, mark);
    expect(await page()).toBe(before);
    expect(served()).toBe(firstBuild);
    writeFileSync(tasksPage, tasksPageSource);
    // The server survives a malformed request.
    expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);

    // Fix both, with a new task title that holds markup: the site updates, showing the markup as text.
    mark = output.length;
    writeFileSync(path.join(site, NOTICE), notice);
    writeFileSync(path.join(site, TASKS), good.replace('明确责任主体，压实工作责任。', '明确责任主体<script>alert(1)</script>'));
    await waitFor(/网站已更新/u, mark);
    const after = await page();
    expect(served()).not.toBe(firstBuild);
    expect(after).toContain('明确责任主体&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(after).not.toContain('<script>alert(1)</script>');
    expect((await fetch(`${url}/pagefind/pagefind-entry.json`)).ok).toBe(true);
  });

  it('publishes only builds that read one version of the files, while a file changes during every build', { timeout: 600_000 }, async () => {
    expect(url).not.toBe('');
    const PROGRESS = path.join(site, 'data/progress/anze-2022-50.csv');
    const original = readFileSync(PROGRESS, 'utf8');
    const version = (n: number) => original.replaceAll('按本文件成文日期计\n', `按本文件成文日期计，测试版本${n}\n`);
    /** The versions of the progress file that a build's notice page and its downloads show. */
    const versionsIn = (build: string) => {
      const read = (file: string) => {
        const bytes = readFileSync(path.join(site, '.site', build, file));
        const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
        return new Set([...text.matchAll(/测试版本(\d+)/gu)].map((match) => match[1]));
      };
      return {
        page: [...read('notices/anze-2022-50/index.html')].sort(),
        // The whole table as CSV and as gzip JSON, and the notice's own CSV of it.
        downloads: [...read('data/progress.csv'), ...read('data/progress.json.gz'), ...read('data/progress/anze-2022-50.csv')]
          .filter((value, index, all) => all.indexOf(value) === index)
          .sort(),
      };
    };
    const published = new Map<string, ReturnType<typeof versionsIn>>();
    const look = () => {
      const build = served();
      if (published.has(build)) return;
      try {
        published.set(build, versionsIn(build));
      } catch {
        // pruned while read
      }
    };
    // An edit every 0.7 s for 60 s: each build starts after a quiet moment and is edited while it runs.
    let last = 0;
    for (const started = Date.now(); Date.now() - started < 60_000;) {
      writeFileSync(PROGRESS, version(++last));
      await new Promise((resolve) => setTimeout(resolve, 700));
      look();
    }
    const mark = output.length;
    await waitFor(/网站已更新/u, mark);
    look();
    const mixed = [...published].filter(([, versions]) => versions.page.join() !== versions.downloads.join());
    expect(mixed).toEqual([]);
    expect(output).toContain('构建期间文件有修改，这次构建不发布');
    expect(versionsIn(served())).toEqual({ page: [String(last)], downloads: [String(last)] });
    writeFileSync(PROGRESS, original);
  });
});
