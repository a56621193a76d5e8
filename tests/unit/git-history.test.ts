import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFileChange, lastChanged, parseGitLog, readContentHistory, withRowDiffs } from '../../src/lib/project/git-history.ts';

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

describe('parseGitLog with --raw', () => {
  const log = [
    '\u001eaaa\u001f2023-07-01T10:00:00+08:00\u001fAppend progress',
    '',
    ':100644 100644 1111111111111111111111111111111111111111 2222222222222222222222222222222222222222 M\tdata/progress/x.csv',
    ':000000 100644 0000000000000000000000000000000000000000 3333333333333333333333333333333333333333 A\tdata/tasks/x.csv',
    '',
    '1\t0\tdata/progress/x.csv',
    '2\t0\tdata/tasks/x.csv',
  ].join('\n');
  const [change] = parseGitLog(log);
  it('keeps the blob ids of each file, none for a file that did not exist', () => {
    expect(change?.files.map((file) => file.blobs)).toEqual([
      { before: '1111111111111111111111111111111111111111', after: '2222222222222222222222222222222222222222' },
      { before: undefined, after: '3333333333333333333333333333333333333333' },
    ]);
  });
  it('describes the rows each CSV change added, altered and removed', () => {
    const texts = new Map([
      ['1111111111111111111111111111111111111111', 'target,as_of,value,unit,source,source_clause,note\nt-1,2022-09-14,48,亩,甲,,\n'],
      [
        '2222222222222222222222222222222222222222',
        'target,as_of,value,unit,source,source_clause,note\nt-1,2022-09-14,48.2,亩,甲,,\nt-1,2022-10-14,60,亩,乙,,\n',
      ],
      ['3333333333333333333333333333333333333333', 'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\n'],
    ]);
    const [described] = withRowDiffs([change!], texts);
    expect(described?.files.map(describeFileChange)).toEqual(['新增 1 行：t-1 / 2022-10-14 / 亩；修改 1 行：t-1 / 2022-09-14 / 亩', '新建文件（只有表头）']);
    // Without the blobs' text, the line counts remain.
    expect(withRowDiffs([change!], new Map())[0]?.files.map(describeFileChange)).toEqual(['新增 1 行数据', '新增 2 行数据']);
  });
  it.each([
    [
      {
        path: 'data/tasks/x.csv',
        added: 0,
        deleted: 4,
        blobs: { before: 'a', after: undefined },
        rows: { added: [], changed: [], removed: ['t1', 't2', 't3'] },
      },
      '删除文件（原有 3 行）',
    ],
    [
      {
        path: 'data/tasks/x.csv',
        added: 2,
        deleted: 0,
        blobs: { before: undefined, after: 'b' },
        rows: { added: ['t1', 't2', 't3', 't4'], changed: [], removed: [] },
      },
      '新建文件，4 行：t1、t2、t3 等 4 行',
    ],
    [
      { path: 'data/tasks/x.csv', added: 2, deleted: 2, blobs: { before: 'a', after: 'b' }, rows: { added: [], changed: [], removed: [] } },
      '格式调整，数据未变',
    ],
  ])('describes %j', (file, text) => expect(describeFileChange(file)).toBe(text));
});

describe('readContentHistory', () => {
  it('reads a real repository: newest first, with the rows a commit added and altered', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'policy-site-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    mkdirSync(path.join(root, 'data/progress'), { recursive: true });
    const header = 'target,as_of,value,unit,source,source_clause,note\n';
    writeFileSync(path.join(root, 'data/progress/x.csv'), `${header}t-1,2022-09-14,48,亩,甲,,\n`);
    writeFileSync(path.join(root, 'README.md'), 'not content');
    git('add', '.');
    git('commit', '-q', '-m', '登记进展');
    writeFileSync(path.join(root, 'data/progress/x.csv'), `${header}t-1,2022-09-14,48.2,亩,甲,,\nt-1,2022-10-14,60,亩,乙,,\n`);
    git('commit', '-q', '-am', '更正并追加进展');
    const history = readContentHistory(root);
    expect(history.map((change) => change.subject)).toEqual(['更正并追加进展', '登记进展']);
    expect(history.map((change) => change.files.map(describeFileChange))).toEqual([
      ['新增 1 行：t-1 / 2022-10-14 / 亩；修改 1 行：t-1 / 2022-09-14 / 亩'],
      ['新建文件，1 行：t-1 / 2022-09-14 / 亩'],
    ]);
  });

  it('is empty outside a repository', () => {
    expect(readContentHistory(mkdtempSync(path.join(tmpdir(), 'policy-site-nogit-')))).toEqual([]);
  });
});
