import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TASKS = 'data/tasks/anze-2022-50.csv';

/** A temporary copy of the whole site, sharing node_modules. */
function copySite(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'policy-site-watch-'));
  for (const entry of ['src', 'public', 'scripts', 'content', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
});

describe('npm run watch', () => {
  it('serves the last good site while a CSV is broken, prints the error, and updates once it is fixed', async () => {
    const site = copySite();
    let output = '';
    child = spawn(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/watch.ts'], { cwd: site, env: { ...process.env, PORT: '0', SITE_AS_OF: '2023-12-31' } });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (pattern: RegExp, from: number) => {
      await expect.poll(() => pattern.test(output.slice(from)), { timeout: 120_000, interval: 250 }).toBe(true);
    };

    await waitFor(/serving (http:\/\/\S+)\//u, 0);
    const url = /serving (http:\/\/\S+)\//u.exec(output)![1];
    const page = async () => (await fetch(`${url}/notices/anze-2022-50/`)).text();
    const before = await page();
    expect(before).toContain('明确责任主体，压实工作责任。');

    // Break a date: the error names file, line and column, and the served site does not change.
    const good = readFileSync(path.join(site, TASKS), 'utf8');
    let mark = output.length;
    writeFileSync(path.join(site, TASKS), good.replace('2022-09-15,2022年9月15日前', '2022/13/40,2022年9月15日前'));
    await waitFor(/data\/tasks\/anze-2022-50\.csv:2:5 .*2022\/13\/40/u, mark);
    expect(output.slice(mark)).toContain('继续提供上一次成功的版本');
    expect(await page()).toBe(before);

    // Fix it with a new title that holds markup: the site updates and shows the markup as text.
    mark = output.length;
    writeFileSync(path.join(site, TASKS), good.replace('明确责任主体，压实工作责任。', '明确责任主体<script>alert(1)</script>'));
    await waitFor(/网站已更新/u, mark);
    const after = await page();
    expect(after).toContain('明确责任主体&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(after).not.toContain('<script>alert(1)</script>');
  });
});
