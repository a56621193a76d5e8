import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { atomFeed } from '../../src/lib/pages/atom-feed.ts';

describe('atomFeed', () => {
  it('lists changes newest first with escaped text', () => {
    const xml = atomFeed(
      [
        { commit: 'abcdef0123456', date: '2023-07-01T10:00:00+08:00', subject: 'Add <progress> & fix', files: [{ path: 'data/progress/x.csv', added: 1, deleted: 0 }] },
        { commit: '1234567890abc', date: '2023-06-01T10:00:00+08:00', subject: 'Earlier', files: [{ path: 'content/notices/x.mdx', added: 2, deleted: 2 }] },
      ],
      'https://example.org/',
      'https://example.org/changes/',
    );
    expect(xml).toContain('<title>Add &lt;progress&gt; &amp; fix</title>');
    expect(xml).toContain('<updated>2023-07-01T10:00:00+08:00</updated>\n  <author>');
    const entries = parse(xml).querySelectorAll('entry');
    expect(entries.map((entry) => entry.querySelector('id')?.text)).toEqual(['https://example.org/changes/#change-abcdef0123', 'https://example.org/changes/#change-1234567890']);
    expect(entries[0]?.querySelector('summary')?.text).toBe('data/progress/x.csv：新增 1 行数据');
  });
});
