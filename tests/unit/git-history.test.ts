import { describe, expect, it } from 'vitest';
import { describeFileChange, lastChanged, parseGitLog } from '../../src/lib/project/git-history.ts';

const LOG = [
  '\u001eaaa\u001f2023-07-01T10:00:00+08:00\u001fAppend progress',
  '',
  '2\t0\tdata/progress/anze-2022-50.csv',
  '\u001ebbb\u001f2023-06-01T10:00:00+08:00\u001fFix a task title',
  '',
  '1\t1\tdata/tasks/anze-2022-50.csv',
  '3\t1\tcontent/notices/anze-2022-50.mdx',
  '-\t-\tdata/logo.png',
  '\u001eccc\u001f2023-05-01T10:00:00+08:00\u001fEmpty commit',
  '',
].join('\n');

describe('parseGitLog', () => {
  const changes = parseGitLog(LOG);
  it('reads commits newest first with their files and line counts, dropping commits without files', () => {
    expect(changes.map((change) => change.commit)).toEqual(['aaa', 'bbb']);
    expect(changes[1]).toMatchObject({ date: '2023-06-01T10:00:00+08:00', subject: 'Fix a task title' });
    expect(changes[1]?.files).toEqual([
      { path: 'data/tasks/anze-2022-50.csv', added: 1, deleted: 1 },
      { path: 'content/notices/anze-2022-50.mdx', added: 3, deleted: 1 },
      { path: 'data/logo.png', added: 0, deleted: 0 },
    ]);
  });
  it('finds when a file or folder last changed', () => {
    expect(lastChanged(changes, 'content/notices/anze-2022-50.mdx')?.commit).toBe('bbb');
    expect(lastChanged(changes, 'data/progress')?.commit).toBe('aaa');
    expect(lastChanged(changes, 'data/units')).toBeUndefined();
  });
  it.each([
    [{ path: 'data/progress/x.csv', added: 2, deleted: 0 }, '新增 2 行数据'],
    [{ path: 'data/tasks/x.csv', added: 0, deleted: 1 }, '删除 1 行数据'],
    [{ path: 'data/tasks/x.csv', added: 1, deleted: 1 }, '新增 1 行数据、删除 1 行数据（修改一行计为删除一行、新增一行）'],
    [{ path: 'content/notices/x.mdx', added: 3, deleted: 0 }, '新增 3 行'],
  ])('describes %j', (file, text) => expect(describeFileChange(file)).toBe(text));
});
