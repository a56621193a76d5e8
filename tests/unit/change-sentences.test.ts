import { describe, expect, it } from 'vitest';
import { changesFor, publicSentence } from '../../src/lib/feeds/change-sentences.ts';
import type { ContentChange, FileChange } from '../../src/lib/project/git-history.ts';

const names = { noticeLabel: (id: string) => ({ 'anze-2022-50': '安政办发〔2022〕50号', 'zhumadian-2021-19': '驻政办〔2021〕19号' })[id] };
const csv = (path: string, rows: Partial<NonNullable<FileChange['rows']>>, blobs: FileChange['blobs'] = { before: 'a', after: 'b' }): FileChange => ({
  path,
  added: 1,
  deleted: 0,
  blobs,
  rows: { added: [], changed: [], removed: [], ...rows },
});

describe('publicSentence', () => {
  it.each<[string, FileChange[], string]>([
    [
      'a progress report',
      [csv('data/progress/anze-2022-50.csv', { added: ['anze-2022-50-clear-2022 / 2022-10-31 / 亩'] })],
      '安政办发〔2022〕50号：新增进展报告 1 条：anze-2022-50-clear-2022 / 2022-10-31 / 亩。',
    ],
    [
      'many rows are counted, not listed',
      [csv('data/tasks/anze-2022-50.csv', { changed: ['t1', 't2', 't3', 't4'] })],
      '安政办发〔2022〕50号：修改任务分解 4 条。',
    ],
    [
      'two tables of one notice, and another notice',
      [
        csv('data/task-updates/anze-2022-50.csv', { added: ['t1 / 2023-01-01'] }),
        csv('data/tasks/anze-2022-50.csv', { removed: ['t9'] }),
        { path: 'content/notices/zhumadian-2021-19.mdx', added: 3, deleted: 1, blobs: { before: 'a', after: 'b' } },
      ],
      '安政办发〔2022〕50号：新增任务进展报告 1 条：t1 / 2023-01-01；删除任务分解 1 条：t9。驻政办〔2021〕19号：修改文件正文。',
    ],
    ['a new notice', [{ path: 'content/notices/anze-2022-50.mdx', added: 90, deleted: 0, blobs: { after: 'b' } }], '安政办发〔2022〕50号：新增文件全文。'],
    ['a units file is named by its file', [csv('data/units/anze.csv', { added: ['anze-x'] })], 'anze：新增责任单位 1 条：anze-x。'],
    ['a file saved again without a changed row', [csv('data/progress/anze-2022-50.csv', {})], '调整文件格式，数据未变。'],
  ])('%s', (_name, files, sentence) => expect(publicSentence({ files }, names)).toBe(sentence));

  it('a bulk commit describes five notices and counts the others', () => {
    const files = Array.from({ length: 8 }, (_, index) => csv(`data/tasks/n${index}.csv`, { added: ['t'] }));
    expect(publicSentence({ files }, names)).toBe(
      'n0：新增任务分解 1 条：t。n1：新增任务分解 1 条：t。n2：新增任务分解 1 条：t。n3：新增任务分解 1 条：t。n4：新增任务分解 1 条：t。另有 3 件文件的内容或数据有修改。',
    );
  });
});

describe('changesFor', () => {
  const change = (commit: string, paths: string[]): ContentChange => ({
    commit,
    date: '2023-01-01T00:00:00Z',
    subject: commit,
    files: paths.map((path) => ({ path, added: 1, deleted: 0 })),
  });
  const history = [
    change('c3', ['data/tasks/anze-2022-50.csv', 'data/tasks/zhumadian-2021-19.csv']),
    change('c2', ['data/units/anze.csv']),
    change('c1', ['content/notices/anze-2022-50.mdx']),
  ];
  it('keeps the changes of the given notices, each with only their files', () => {
    expect(changesFor(history, new Set(['anze-2022-50'])).map((entry) => [entry.commit, entry.files.map((file) => file.path)])).toEqual([
      ['c3', ['data/tasks/anze-2022-50.csv']],
      ['c1', ['content/notices/anze-2022-50.mdx']],
    ]);
  });
  it('adds extra paths and stops at the limit', () => {
    expect(changesFor(history, new Set(['anze-2022-50']), new Set(['data/units/anze.csv']), 2).map((entry) => entry.commit)).toEqual(['c3', 'c2']);
    expect(changesFor(history, new Set(['pianguan-2023-53']))).toEqual([]);
  });
});
