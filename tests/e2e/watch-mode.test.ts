import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, copySiteCode, siteEnv } from '../support/site-copy.ts';

// `npm run watch` on a temporary copy of the whole site (its code, notices and data).
const TASKS = 'data/tasks/anze-2022-50.csv';
const NOTICE = 'content/notices/anze-2022-50.mdx';

let child: ChildProcess | undefined;
let site = '';
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
    site = copySiteCode(mkdtempSync(path.join(tmpdir(), 'policy-site-watch-')), { withContent: true });
    let output = '';
    child = spawn(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/watch.ts'], { cwd: site, env: siteEnv({ PORT: '0' }) });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (pattern: RegExp, from: number) => {
      await expect.poll(() => output.slice(from), { timeout: 240_000, interval: 250 }).toMatch(pattern);
    };
    const served = () => readlinkSync(path.join(site, '.site/current'));

    // It serves at once (nothing built yet: 503), then the first build.
    await waitFor(/serving (http:\/\/\S+)\//u, 0);
    const url = /serving (http:\/\/\S+)\//u.exec(output)![1];
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

    // A notice that passes the data check but does not compile: the build fails, the site stays.
    writeFileSync(path.join(site, TASKS), good);
    const notice = readFileSync(path.join(site, NOTICE), 'utf8');
    mark = output.length;
    writeFileSync(path.join(site, NOTICE), notice.replace('根据《', '根据<《'));
    await waitFor(/构建失败，继续提供上一次成功的版本[\s\S]*anze-2022-50\.mdx/u, mark);
    expect(await page()).toBe(before);
    expect(served()).toBe(firstBuild);
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
});
