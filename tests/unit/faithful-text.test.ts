import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDifference, sourceCharacters, transcriptionCharacters } from '../../src/lib/text/faithfulness.ts';
import { splitFrontmatter } from '../../src/lib/notices/frontmatter.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOTICES = path.join(ROOT, 'content/notices');
// The published source texts live beside the repository (shared/seeds); CI has them.
const SEEDS = path.resolve(ROOT, '../shared/seeds');

describe('faithfulness helpers', () => {
  it('ignore page numbers, whitespace, markup and editorial notes, nothing else', () => {
    const source = '一、总体 要求\n\n- 7 -\n以习近平\n新时代为指导。\n县 区\t面积\n驿城区\t38079\n';
    const mdx = '### 一、总体要求\n\n以习近平新时代为指导。\n\n<EditorialNote>原文如此。</EditorialNote>\n\n| 县区 | 面积 |\n|---|---|\n| 驿城区 | 38079 |\n';
    expect(firstDifference(sourceCharacters(source), transcriptionCharacters(mdx))).toBeUndefined();
  });
  it('catch a dropped, changed or reordered sentence', () => {
    const source = '甲。乙。丙。';
    for (const mdx of ['甲。丙。', '甲。乙！丙。', '乙。甲。丙。']) {
      expect(firstDifference(sourceCharacters(source), transcriptionCharacters(mdx))).toBeDefined();
    }
  });
});

const notices = existsSync(NOTICES) ? readdirSync(NOTICES).filter((name) => name.endsWith('.mdx')) : [];

describe.skipIf(!existsSync(SEEDS))('every notice reproduces its source text', () => {
  it('has notices to check', () => expect(notices.length).toBeGreaterThanOrEqual(5));
  it.each(notices)('%s', (fileName) => {
    const parts = splitFrontmatter(readFileSync(path.join(NOTICES, fileName), 'utf8'));
    expect(parts).toBeDefined();
    const sourceFile = /^sourceFile:\s*(\S+)/mu.exec(parts!.yaml)?.[1];
    expect(sourceFile).toBeDefined();
    const source = readFileSync(path.join(SEEDS, sourceFile!), 'utf8');
    expect(firstDifference(sourceCharacters(source), transcriptionCharacters(parts!.body))).toBeUndefined();
  });
});
