import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI_PROJECT, makeProject } from '../support/project.ts';
import { copySiteCode, siteEnv } from '../support/site-copy.ts';

// `npm run build` as staff run it, on a copy of the site with the mini project: a build that fails or
// is killed must leave the last good dist/ exactly as it was (the README's promise), pages and index.
const project = copySiteCode(makeProject());
afterAll(() => rmSync(project, { recursive: true, force: true }));
const NOTICE = 'content/notices/test-2022-1.mdx';
const notice = readFileSync(path.join(MINI_PROJECT, NOTICE), 'utf8');
const dist = path.join(project, 'dist');

const npmBuild = () => spawnSync('npm', ['run', 'build'], { cwd: project, env: siteEnv(), encoding: 'utf8', timeout: 240_000 });
/** Every file of dist/ with its size and modification time: equal listings are the same build. */
const listing = () =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      return `${path.relative(dist, file)} ${size} ${mtimeMs}`;
    })
    .sort();
const leftovers = () => readdirSync(project).filter((entry) => entry.startsWith('.dist.'));

describe('npm run build keeps the last good site', () => {
  let good: string[] = [];

  it('builds pages and search index into dist/', { timeout: 300_000 }, () => {
    const result = npmBuild();
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
    good = listing();
    expect(good.some((line) => line.startsWith('index.html '))).toBe(true);
    expect(good.some((line) => line.startsWith(`pagefind${path.sep}pagefind.js `))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it.each([
    ['an unclosed component', '\n<EditorialNote>x\n'],
    ['an unknown component', '\n<Unknown>x</Unknown>\n'],
  ])('leaves dist/ untouched when the build fails on %s', { timeout: 300_000 }, (_kind, appended) => {
    writeFileSync(path.join(project, NOTICE), `${notice}${appended}`);
    try {
      const result = npmBuild();
      expect(result.status).not.toBe(0);
      expect(listing()).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      writeFileSync(path.join(project, NOTICE), notice);
    }
  });

  it('leaves dist/ untouched when the build is killed while it writes pages, and the next build cleans up', { timeout: 300_000 }, async () => {
    const child = spawn('npm', ['run', 'build'], { cwd: project, env: siteEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 15_000);
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        // Astro has emptied its output folder and is writing pages.
        if (/generating static routes/iu.test(output)) {
          clearTimeout(timer);
          setTimeout(resolve, 50);
        }
      };
      child.stdout.on('data', listen);
      child.stderr.on('data', listen);
    });
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    expect(output).toMatch(/generating static routes/iu);
    expect(listing()).toEqual(good);
    const result = npmBuild();
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});
