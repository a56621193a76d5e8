import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProject, readTableRows } from '../../src/lib/project/load-project.ts';
import { allTables } from '../../src/lib/data/tables.ts';
import { MINI_DATA, makeProject } from '../support/project.ts';

const errorsOf = (root: string) => loadProject(root).problems.filter((problem) => problem.severity === 'error');

describe('loadProject on a valid project', () => {
  it('loads every table with no problems', () => {
    const { dataset, problems } = loadProject(makeProject());
    expect(problems).toEqual([]);
    expect(dataset.notices.map((notice) => notice.id)).toEqual(['test-2022-1']);
    expect([...dataset.notices[0]!.clauseIds]).toEqual(['c1', 'c1-0-1', 'a1']);
    expect(dataset.tasks).toHaveLength(1);
    expect(dataset.regional).toHaveLength(2);
  });
});

const replaceLine = (file: string, from: string, to: string) => ({ [file]: MINI_DATA[file]!.replace(from, to) });

describe('loadProject reports each kind of bad reference at its file, line and column', () => {
  it.each([
    [
      'unknown notice',
      replaceLine('data/tasks/test-2022-1.csv', 'test-2022-1-t01,test-2022-1,', 'test-2022-1-t01,nope-2022-1,'),
      'data/tasks/test-2022-1.csv',
      2,
      2,
      '找不到文件“nope-2022-1”',
    ],
    ['unknown clause', replaceLine('data/tasks/test-2022-1.csv', ',c1-0-1,', ',c9,'), 'data/tasks/test-2022-1.csv', 2, 3, '条款锚点“c9”'],
    [
      'unknown unit',
      replaceLine('data/tasks/test-2022-1.csv', '自然资源局、', '县财政局、'),
      'data/tasks/test-2022-1.csv',
      2,
      7,
      '“县财政局”不在测试县的单位表中',
    ],
    [
      'unknown task in an update',
      replaceLine('data/task-updates/test-2022-1.csv', 'test-2022-1-t01,', 'test-2022-1-t09,'),
      'data/task-updates/test-2022-1.csv',
      2,
      1,
      '任务“test-2022-1-t09”不存在',
    ],
    [
      'unknown target',
      replaceLine('data/milestones/test-2022-1.csv', 'test-2022-1-clear,', 'test-2022-1-nope,'),
      'data/milestones/test-2022-1.csv',
      2,
      1,
      '目标“test-2022-1-nope”不存在',
    ],
    [
      'unknown group',
      replaceLine('data/group-members/test-2022-1.csv', 'test-2022-1-g1,1', 'test-2022-1-g9,1'),
      'data/group-members/test-2022-1.csv',
      2,
      1,
      '小组“test-2022-1-g9”不存在',
    ],
    [
      'duplicate key',
      { 'data/tasks/test-2022-1.csv': `${MINI_DATA['data/tasks/test-2022-1.csv']}test-2022-1-t01,test-2022-1,c1,重复,,,自然资源局,,,,\n` },
      'data/tasks/test-2022-1.csv',
      3,
      1,
      '重复',
    ],
    ['percentage out of range', replaceLine('data/milestones/test-2022-1.csv', ',50,%', ',150,%'), 'data/milestones/test-2022-1.csv', 2, 6, '超出 0–100'],
    ['missing task owner', replaceLine('data/tasks/test-2022-1.csv', '自然资源局、各相关部门', ''), 'data/tasks/test-2022-1.csv', 2, 7, '至少要填一个'],
    [
      'unknown regional parent',
      replaceLine('data/regional/test-2022-1.csv', 'area,合计', 'area,总计'),
      'data/regional/test-2022-1.csv',
      2,
      7,
      '没有名为“总计”的行',
    ],
    [
      'formula with an unknown column',
      replaceLine('data/regional-formulas/test-2022-1.csv', '[面积] * 1', '[面积] - [供应]'),
      'data/regional-formulas/test-2022-1.csv',
      2,
      3,
      '公式中的列“供应”',
    ],
    [
      'formula that cannot be read',
      replaceLine('data/regional-formulas/test-2022-1.csv', '[面积] * 1', '[面积 -'),
      'data/regional-formulas/test-2022-1.csv',
      2,
      3,
      '缺少 ]',
    ],
    [
      'unknown progress source notice',
      replaceLine('data/progress/test-2022-1.csv', ',test-2022-1,c1,', ',other-2022-9,,'),
      'data/progress/test-2022-1.csv',
      2,
      5,
      '像是文件编号',
    ],
    [
      'alias claimed by two units',
      replaceLine('data/units/test.csv', '各相关部门,测试县,统称,,', '各相关部门,测试县,统称,自然资源局,'),
      'data/units/test.csv',
      3,
      5,
      '同时指',
    ],
  ])('%s', (_name, overrides, file, line, column, phrase) => {
    const errors = errorsOf(makeProject(overrides));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line, column });
    expect(errors[0]?.message).toContain(phrase);
  });

  it('accepts a task without units when its note says the notice names none', () => {
    const row = 'test-2022-1-t01,test-2022-1,c1-0-1,明确责任主体。,2022-09-15,2022年9月15日前,,,,,原文未写明责任单位';
    expect(errorsOf(makeProject({ 'data/tasks/test-2022-1.csv': `${MINI_DATA['data/tasks/test-2022-1.csv']!.split('\n')[0]}\n${row}\n` }))).toEqual([]);
  });

  it('flags a decreasing cumulative value as a warning, not an error', () => {
    const root = makeProject({
      'data/progress/test-2022-1.csv': `${MINI_DATA['data/progress/test-2022-1.csv']}test-2022-1-clear,2022-10-14,40,亩,县自然资源局报告,,\n`,
    });
    const { problems } = loadProject(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 3, column: 3 });
    expect(problems[0]?.message).toContain('降到');
  });

  it('reports an empty file and a non-UTF-8 file', () => {
    const root = makeProject({ 'data/units/test.csv': '', 'data/groups/test-2022-1.csv': Uint8Array.from([0x69, 0x64, 0x0a, 0xb0, 0xb2]) });
    const messages = errorsOf(root).map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
    expect(messages.some((message) => message.startsWith('data/units/test.csv:1 文件是空的'))).toBe(true);
    expect(messages.some((message) => message.startsWith('data/groups/test-2022-1.csv:2 文件不是 UTF-8'))).toBe(true);
  });
});

describe('loadProject reports a bad cell or file once, not again as references to it', () => {
  it.each([
    [
      'a target with a bad value (its milestone and progress refer to it)',
      replaceLine('data/targets/test-2022-1.csv', ',127.53,', ',约127亩,'),
      ['data/targets/test-2022-1.csv:2:6'],
    ],
    ['a unit with a bad kind (a task names it)', replaceLine('data/units/test.csv', ',部门,', ',局,'), ['data/units/test.csv:2:4']],
    [
      'a task row with a missing comma (its update refers to it)',
      replaceLine('data/tasks/test-2022-1.csv', '各相关部门,,,,', '各相关部门,,,'),
      ['data/tasks/test-2022-1.csv:2:10'],
    ],
    [
      'a group file that is not UTF-8 (its members refer to it)',
      { 'data/groups/test-2022-1.csv': Uint8Array.from([0x69, 0x64, 0x0a, 0xb0, 0xb2]) },
      ['data/groups/test-2022-1.csv:2:1'],
    ],
    [
      'a regional file whose header lacks a column (a formula refers to it)',
      replaceLine('data/regional/test-2022-1.csv', 'parent,measure,', 'parent,'),
      ['data/regional/test-2022-1.csv:1:10', 'data/regional/test-2022-1.csv:2:10', 'data/regional/test-2022-1.csv:3:10'],
    ],
  ])('%s', (_name, overrides, locations) => {
    expect(
      errorsOf(makeProject(overrides))
        .map((problem) => `${problem.file}:${problem.line}:${problem.column}`)
        .sort(),
    ).toEqual(locations);
  });
});

describe('loadProject finds files that would silently not be published', () => {
  it.each([
    ['a misspelt table folder', { 'data/progres/test-2022-1.csv': MINI_DATA['data/progress/test-2022-1.csv']! }, 'data/progres', '没有名为“progres”的表'],
    ['a workbook in a table folder', { 'data/progress/test-2022-1.xlsx': 'PK' }, 'data/progress/test-2022-1.xlsx', '不是 .csv 文件'],
    ['an upper-case extension', { 'data/progress/extra.CSV': MINI_DATA['data/progress/test-2022-1.csv']! }, 'data/progress/extra.CSV', '小写 .csv'],
    ['a file directly in data/', { 'data/progress.csv': MINI_DATA['data/progress/test-2022-1.csv']! }, 'data/progress.csv', '不在任何表的文件夹中'],
    ['a notice saved as .md', { 'content/notices/test-2022-2.md': '---\ntitle: x\n---\n' }, 'content/notices/test-2022-2.md', '不是 .mdx 文件'],
  ])('%s', (_name, overrides, file, phrase) => {
    const errors = errorsOf(makeProject(overrides));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line: 1, column: 1 });
    expect(errors[0]?.message).toContain(phrase);
  });

  it('ignores dot files and folder notes', () => {
    expect(errorsOf(makeProject({ 'data/.gitkeep': '', 'data/README.md': '# 数据', 'data/tasks/.~lock.test-2022-1.csv#': 'x' }))).toEqual([]);
  });
});

describe('loadProject reads nothing behind a link that leaves the repository', () => {
  /** Moves `folder` of a project outside it and leaves a link in its place; a CSV file there has a bad cell. */
  const linkedOut = (folder: string) => {
    const root = makeProject();
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'policy-site-outside-')), 'moved');
    renameSync(path.join(root, folder), outside);
    symlinkSync(outside, path.join(root, folder));
    mkdirSync(path.join(outside, 'tasks'), { recursive: true });
    writeFileSync(path.join(outside, folder === 'data' ? 'tasks/outside.csv' : 'outside.csv'), 'id,notice\nSECRET-CELL,外部\n');
    writeFileSync(path.join(outside, 'secret-name.txt'), 'x');
    return root;
  };
  it.each([
    // A link is no folder to the layout check: it is also "in no table folder".
    ['a table folder', 'data/tasks', ['data/tasks:1:1', 'data/tasks:1:1']],
    ['the data folder', 'data', ['data:1:1']],
  ])('%s linked outside: only the link is reported, no cell or file name of what it points to, and no reference to its rows', (_name, folder, located) => {
    const { dataset, problems } = loadProject(linkedOut(folder));
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}`)).toEqual(located);
    expect(problems.some((problem) => problem.message.includes('指向仓库之外'))).toBe(true);
    expect(JSON.stringify(problems)).not.toMatch(/SECRET-CELL|secret-name|outside\.csv/u);
    expect(dataset.tasks).toEqual([]);
  });
});

describe('loadProject checks notice frontmatter with YAML positions', () => {
  const notice = 'content/notices/test-2022-1.mdx';
  const edit = (root: string, from: string | RegExp, to: string) => {
    const file = path.join(root, notice);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    return root;
  };
  it.each([
    ['a missing field', /^issuer: .*\n/mu, '', 1, '缺少必填字段“issuer”'],
    ['a malformed date', 'issued: 2022-09-14', 'issued: 2022年9月14日', 5, '字段“issued”有误'],
    ['an impossible date', 'issued: 2022-09-14', 'issued: 2022-13-40', 5, '日期“2022-13-40”不存在'],
    ['a day the month does not have', 'issued: 2022-09-14', 'issued: 2022-02-30', 5, '日期“2022-02-30”不存在'],
    ['a malformed document number', 'docNumber: 测政办发〔2022〕1号', 'docNumber: 测政办发2022-1', 3, '字段“docNumber”有误'],
    ['an unknown field', 'level: 县级', 'level: 县级\nlevle: 县级', 11, '未知字段 levle'],
    ['a bad enum value', 'level: 县级', 'level: 县', 10, '字段“level”只能是 省级、市级、县级、乡级 之一'],
  ])('%s', (_name, from, to, line, phrase) => {
    const errors = errorsOf(edit(makeProject(), from, to));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: notice, line });
    expect(errors[0]?.message).toContain(phrase);
  });
});

describe("loadProject against the build's as-of date", () => {
  it.each([
    ['2022-09-19', ['data/task-updates/test-2022-1.csv:2:2']],
    ['2022-09-13', ['data/progress/test-2022-1.csv:2:2', 'data/task-updates/test-2022-1.csv:2:2']],
    ['2022-09-20', []],
  ])('as of %s refuses the reports dated later: %j', (asOf, located) => {
    const errors = loadProject(makeProject(), { asOf }).problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => `${problem.file}:${problem.line}:${problem.column}`).sort()).toEqual(located);
    for (const error of errors) expect(error.message).toContain(`晚于本次构建的截止日期 ${asOf}`);
  });
});

describe('readTableRows (the build reading the rows its check passed)', () => {
  const tasks = allTables.find((table) => table.name === 'tasks')!;

  it('reads the same rows as loadProject, in file and line order', () => {
    const root = makeProject();
    expect(readTableRows(root, tasks)).toEqual({ rows: loadProject(root).dataset.tasks, problems: [] });
  });

  it('gives the problems of a cell made bad after the check, and leaves its row out', () => {
    const root = makeProject(replaceLine('data/tasks/test-2022-1.csv', ',2022-09-15,', ',2022/13/40,'));
    const { rows, problems } = readTableRows(root, tasks);
    expect(problems).toMatchObject([{ file: 'data/tasks/test-2022-1.csv', line: 2, column: 5, severity: 'error' }]);
    expect(rows.map((row) => row.id)).not.toContain('test-2022-1-t01');
  });
});
