import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { atomFeed } from '../../src/lib/feeds/atom-feed.ts';
import type { ContentChange } from '../../src/lib/project/git-history.ts';

const names = { noticeLabel: (id: string) => ({ x: '某政发〔2023〕1号' })[id] };
const options = {
  title: '政策公开透明平台 · 更新记录',
  feedUrl: 'https://example.org/changes/feed.xml',
  pageUrl: 'https://example.org/',
  changesUrl: 'https://example.org/changes/',
  names,
};

describe('atomFeed', () => {
  const changes: ContentChange[] = [
    {
      commit: 'abcdef0123456',
      date: '2023-07-01T10:00:00+08:00',
      subject: 'Add <progress> & fix',
      files: [
        {
          path: 'data/progress/x.csv',
          added: 1,
          deleted: 0,
          blobs: { before: 'a', after: 'b' },
          rows: { added: ['x-t / 2023-06-30 / 亩'], changed: [], removed: [] },
        },
      ],
    },
    { commit: '1234567890abc', date: '2023-06-01T10:00:00+08:00', subject: 'Earlier', files: [{ path: 'content/notices/x.mdx', added: 2, deleted: 2 }] },
  ];

  it('lists changes newest first, titled for the public, with the commit message and files after, escaped', () => {
    const xml = atomFeed(changes, options);
    expect(xml).toContain('<updated>2023-07-01T10:00:00+08:00</updated>\n  <author>');
    const entries = parse(xml).querySelectorAll('entry');
    expect(entries.map((entry) => entry.querySelector('id')?.text)).toEqual([
      'https://example.org/changes/#change-abcdef0123',
      'https://example.org/changes/#change-1234567890',
    ]);
    expect(entries[0]?.querySelector('title')?.text).toBe('某政发〔2023〕1号：新增进展报告 1 条：x-t / 2023-06-30 / 亩。');
    expect(xml).toContain('<summary>提交说明：Add &lt;progress&gt; &amp; fix\ndata/progress/x.csv：新增 1 行：x-t / 2023-06-30 / 亩</summary>');
    expect(entries[1]?.querySelector('title')?.text).toBe('某政发〔2023〕1号：修改文件正文。');
    expect(xml).toContain('<link rel="self" href="https://example.org/changes/feed.xml"/>');
  });

  it('lists at most 20 files of an entry and counts the others', () => {
    const bulk: ContentChange = {
      commit: 'f'.repeat(12),
      date: '2023-08-01T00:00:00Z',
      subject: 'bulk',
      files: Array.from({ length: 25 }, (_, index) => ({ path: `data/tasks/n${index}.csv`, added: 1, deleted: 0 })),
    };
    const summary = parse(atomFeed([bulk], options)).querySelector('summary')?.text ?? '';
    expect(summary.split('\n')).toHaveLength(22);
    expect(summary).toMatch(/另有 5 个文件$/u);
  });

  it('keeps at most `limit` entries', () => {
    expect(parse(atomFeed(changes, { ...options, limit: 1 })).querySelectorAll('entry')).toHaveLength(1);
  });
});
