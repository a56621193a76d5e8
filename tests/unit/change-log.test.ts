import { describe, expect, it } from 'vitest';
import { buildChangeLog } from '../../src/lib/feeds/change-log.ts';
import { sitePaths } from '../../src/lib/paths.ts';

describe('buildChangeLog', () => {
  const history = [
    {
      commit: 'abcdef0123456789',
      date: '2023-07-01T10:00:00+08:00',
      subject: '追加 10 月进展',
      files: [
        { path: 'data/progress/anze-2022-50.csv', added: 1, deleted: 0, blobs: { before: 'a', after: 'b' }, rows: { added: ['t / 2022-10-31 / 亩'], changed: [], removed: [] } },
        { path: 'content/notices/anze-2022-50.mdx', added: 1, deleted: 1 },
        { path: 'content/notices/gone-2020-1.mdx', added: 0, deleted: 9 },
      ],
    },
  ];
  it('lists each commit with its date, message, files, what changed and where to see it', () => {
    const [change] = buildChangeLog(history, new Set(['anze-2022-50']), sitePaths('/repo/'), { noticeLabel: (id) => (id === 'anze-2022-50' ? '安政办发〔2022〕50号' : undefined) });
    expect(change).toMatchObject({ anchor: 'change-abcdef0123', dateText: '2023年7月1日', subject: '追加 10 月进展', shortCommit: 'abcdef0' });
    expect(change?.sentence).toBe('安政办发〔2022〕50号：新增进展报告 1 条：t / 2022-10-31 / 亩；修改文件正文。gone-2020-1：修改文件正文。');
    expect(change?.files).toEqual([
      { path: 'data/progress/anze-2022-50.csv', href: '/repo/data/#dataset-progress', description: '新增 1 行：t / 2022-10-31 / 亩' },
      { path: 'content/notices/anze-2022-50.mdx', href: '/repo/notices/anze-2022-50/', description: '新增 1 行、删除 1 行（修改一行计为删除一行、新增一行）' },
      { path: 'content/notices/gone-2020-1.mdx', href: undefined, description: '删除 9 行' },
    ]);
  });
});
