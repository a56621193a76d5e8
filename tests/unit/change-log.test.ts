import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildChangeLog, siteChangeLog } from '../../src/lib/feeds/change-log.ts';
import { siteFeedXml } from '../../src/lib/feeds/feeds.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { makeProject } from '../support/project.ts';
import { siteOf } from './builder-sites.ts';

const HISTORY = [
  {
    commit: 'abcdef0123456789',
    date: '2023-07-01T10:00:00+08:00',
    subject: '追加 10 月进展',
    files: [
      {
        path: 'data/progress/anze-2022-50.csv',
        added: 1,
        deleted: 0,
        blobs: { before: 'a', after: 'b' },
        rows: { added: ['t / 2022-10-31 / 亩'], changed: [], removed: [] },
      },
      { path: 'content/notices/anze-2022-50.mdx', added: 1, deleted: 1 },
      { path: 'content/notices/gone-2020-1.mdx', added: 0, deleted: 9 },
    ],
  },
];

describe('buildChangeLog', () => {
  it('lists each commit with its date, message, files, what changed and where to see it', () => {
    const [change] = buildChangeLog(HISTORY, new Set(['anze-2022-50']), sitePaths('/repo/'), {
      noticeLabel: (id) => (id === 'anze-2022-50' ? '安政办发〔2022〕50号' : undefined),
    });
    expect(change).toMatchObject({ anchor: 'change-abcdef0123', dateText: '2023年7月1日', subject: '追加 10 月进展', shortCommit: 'abcdef0' });
    expect(change?.sentence).toBe('安政办发〔2022〕50号：新增进展报告 1 条：t / 2022-10-31 / 亩；修改文件正文。gone-2020-1：修改文件正文。');
    expect(change?.files).toEqual([
      { path: 'data/progress/anze-2022-50.csv', href: '/repo/data/#dataset-progress', description: '新增 1 行：t / 2022-10-31 / 亩' },
      { path: 'content/notices/anze-2022-50.mdx', href: '/repo/notices/anze-2022-50/', description: '新增 1 行、删除 1 行（修改一行计为删除一行、新增一行）' },
      { path: 'content/notices/gone-2020-1.mdx', href: undefined, description: '删除 9 行' },
    ]);
  });
});

describe('the site’s change log and feed', () => {
  // The same commit, on the mini project's notice.
  const history = HISTORY.map((change) => ({
    ...change,
    files: change.files.map((file) => ({ ...file, path: file.path.replace('anze-2022-50', 'test-2022-1') })),
  }));
  const site = { ...siteOf(makeProject()), history };

  it('links the published notices and names them by their document numbers', () => {
    const [change] = siteChangeLog(site, sitePaths('/repo/'));
    expect(change?.sentence).toBe('测政办发〔2022〕1号：新增进展报告 1 条：t / 2022-10-31 / 亩；修改文件正文。gone-2020-1：修改文件正文。');
    expect(change?.files.map((file) => file.href)).toEqual(['/repo/data/#dataset-progress', '/repo/notices/test-2022-1/', undefined]);
  });

  it('makes the site-wide feed beside the change log, with absolute links', () => {
    const feed = parse(siteFeedXml(site, sitePaths('/repo/'), new URL('https://example.org')));
    expect(feed.querySelector('title')?.text).toBe('政策公开透明平台 · 更新记录');
    expect(feed.querySelectorAll('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/repo/changes/feed.xml',
      'https://example.org/repo/',
      'https://example.org/repo/changes/#change-abcdef0123',
    ]);
    expect(feed.querySelectorAll('entry').map((entry) => entry.querySelector('title')?.text)).toEqual([
      '测政办发〔2022〕1号：新增进展报告 1 条：t / 2022-10-31 / 亩；修改文件正文。gone-2020-1：修改文件正文。',
    ]);
  });
});
