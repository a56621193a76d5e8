import { describe, expect, it } from 'vitest';
import { contentsSize, noticeContents } from '../../src/lib/pages/notice-contents.ts';

describe('noticeContents', () => {
  it('nests two levels, drops the ¶ and deeper headings, and merges an attachment with its title', () => {
    const entries = noticeContents([
      { depth: 2, slug: 'h-a', text: '某某方案' },
      { depth: 3, slug: 'c1', text: '一、总体要求¶' },
      { depth: 4, slug: 'c1-1', text: '（一）指导思想¶' },
      { depth: 3, slug: 'c2', text: '二、目标任务 ¶' },
      { depth: 2, slug: 'a1', text: '附件1¶' },
      { depth: 2, slug: 'h-b', text: '领导小组成员名单' },
      { depth: 3, slug: 'a1-c1', text: '一、办公室¶' },
      { depth: 2, slug: 'a2', text: '附件2¶' },
      { depth: 2, slug: 'a3', text: '附件3¶' },
    ]);
    expect(entries).toEqual([
      {
        id: 'h-a',
        label: '某某方案',
        children: [
          { id: 'c1', label: '一、总体要求', children: [] },
          { id: 'c2', label: '二、目标任务', children: [] },
        ],
      },
      { id: 'a1', label: '附件1 领导小组成员名单', children: [{ id: 'a1-c1', label: '一、办公室', children: [] }] },
      { id: 'a2', label: '附件2', children: [] },
      { id: 'a3', label: '附件3', children: [] },
    ]);
    expect(contentsSize(entries)).toBe(7);
  });

  it('is empty for a text without headings', () => {
    expect(noticeContents([])).toEqual([]);
  });

  it('a deeper heading before any top-level one is listed at the top', () => {
    expect(
      noticeContents([
        { depth: 3, slug: 'c1', text: '一、要求¶' },
        { depth: 2, slug: 'a1', text: '附件1¶' },
      ]).map((entry) => entry.id),
    ).toEqual(['c1', 'a1']);
  });
});
