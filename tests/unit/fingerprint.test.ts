import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFingerprint } from '../../src/lib/project/fingerprint.ts';
import { makeProject } from '../support/project.ts';

const PROGRESS = 'data/progress/test-2022-1.csv';

describe('projectFingerprint', () => {
  it('stays the same while nothing changes', () => {
    const root = makeProject();
    expect(projectFingerprint(root)).toBe(projectFingerprint(root));
  });

  it.each([
    [
      'a file rewritten with the same size',
      (root: string) =>
        writeFileSync(path.join(root, PROGRESS), 'target,as_of,value,unit,source,source_clause,note\ntest-2022-1-clear,2022-09-14,48.3,亩,test-2022-1,c1,\n'),
    ],
    [
      'a file replaced by a renamed copy',
      (root: string) => {
        writeFileSync(path.join(root, 'x.tmp'), 'a');
        renameSync(path.join(root, 'x.tmp'), path.join(root, PROGRESS));
      },
    ],
    ['a file added', (root: string) => writeFileSync(path.join(root, 'data/progress/new.csv'), '')],
    ['a file removed', (root: string) => rmSync(path.join(root, PROGRESS))],
    ['a notice edited', (root: string) => writeFileSync(path.join(root, 'content/notices/test-2022-1.mdx'), 'x')],
    [
      'a public file added',
      (root: string) => {
        mkdirSync(path.join(root, 'public'), { recursive: true });
        writeFileSync(path.join(root, 'public/a.txt'), 'a');
      },
    ],
  ])('changes with %s', (_kind, change) => {
    const root = makeProject();
    const before = projectFingerprint(root);
    change(root);
    expect(projectFingerprint(root)).not.toBe(before);
  });
});
