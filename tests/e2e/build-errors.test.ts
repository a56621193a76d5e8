import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI_DATA, MINI_PROJECT, makeProject } from '../support/project.ts';
import { ROOT, copySiteCode, siteEnv } from '../support/site-copy.ts';

// `astro build` stops on a problem with the whole-project check's message (file, line, column and a
// sentence), which runs in the project worker before Astro reads the content: nothing is written.
const projects: string[] = [];
afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
});

/** Builds the mini project with `overrides`; returns the exit status, the output and whether a site was written. */
function build(overrides: Record<string, string>): { status: number | null; output: string; wrote: boolean } {
  const project = copySiteCode(makeProject(overrides));
  projects.push(project);
  const outDir = path.join(project, 'dist');
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: project,
    env: siteEnv(),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, wrote: existsSync(path.join(outDir, 'index.html')) };
}

describe('astro build with bad input', () => {
  it('fails with the file, line, column and a sentence, and writes no site', { timeout: 300_000 }, () => {
    const tasks = MINI_DATA['data/tasks/test-2022-1.csv']!.replace(',c1-0-1,', ',c9-9-9,');
    const { status, output, wrote } = build({ 'data/tasks/test-2022-1.csv': tasks });
    expect(status).not.toBe(0);
    expect(output).toContain('data/tasks/test-2022-1.csv:2:3');
    expect(output).toContain('条款锚点“c9-9-9”在 test-2022-1 的正文中不存在');
    expect(wrote).toBe(false);
  });

  it("fails on a notice whose frontmatter is broken with the check's message, not a stack trace from Astro's loader", { timeout: 300_000 }, () => {
    const notice = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8').replace(
      'issued: 2022-09-14',
      'issued: 2022-09-14\nissued: 2022-13-01',
    );
    const { status, output, wrote } = build({ 'content/notices/test-2022-1.mdx': notice });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/notices\/test-2022-1\.mdx:6:1 {2}元数据不是有效的 YAML/u);
    expect(output).not.toContain('js-yaml');
    expect(wrote).toBe(false);
  });

  it('builds the same project once the reference is right (the check is what stopped it)', { timeout: 300_000 }, () => {
    const { status, output, wrote } = build({});
    expect(status, output.slice(-2000)).toBe(0);
    expect(wrote).toBe(true);
  });
});
