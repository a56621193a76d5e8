import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_DATA, MINI_PROJECT, makeProject } from '../support/project.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// `npm run check` as staff run it: a real process, its exit code and what it prints.
const checkRoot = (root: string) => {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'scripts/check-data.ts'), root], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const check = (overrides: Record<string, string | Uint8Array | null>) => checkRoot(makeProject(overrides));
/** A CSV file outside every project, for links that leave the repository. */
const OUTSIDE_CSV = path.join(mkdtempSync(path.join(tmpdir(), 'policy-site-outside-')), 'tasks.csv');
writeFileSync(
  OUTSIDE_CSV,
  'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\ntest-2022-1-t09,test-2022-1,c1,外部的行,,,自然资源局,,,,\n',
);
const TASKS = 'data/tasks/test-2022-1.csv';
const TARGETS = 'data/targets/test-2022-1.csv';
const MILESTONES = 'data/milestones/test-2022-1.csv';
const PROGRESS = 'data/progress/test-2022-1.csv';
const REGIONAL = 'data/regional/test-2022-1.csv';
const edit = (file: string, from: string, to: string) => ({ [file]: MINI_DATA[file]!.replace(from, to) });
const NOTICE = 'content/notices/test-2022-1.mdx';
const NOTICE_TEXT = readFileSync(path.join(MINI_PROJECT, NOTICE), 'utf8');
/** The mini notice with one more paragraph, which is line 33 of the file. */
const withParagraph = (paragraph: string) => ({ [NOTICE]: `${NOTICE_TEXT}\n${paragraph}\n` });

describe('npm run check', () => {
  it('passes a valid project with exit code 0', () => {
    const { status, output } = check({});
    expect(output).toContain('0 errors');
    expect(status).toBe(0);
  });

  it.each([
    ['a missing column', edit(TASKS, ',guiding,note', ',note'), `${TASKS}:1:`, '缺少“guiding”列'],
    ['an extra column', edit(TASKS, ',note\n', ',note,extra\n'), `${TASKS}:1:12`, '多余的列“extra”'],
    ['a non-numeric value in a numeric column', edit(TARGETS, ',127.53,', ',约48亩,'), `${TARGETS}:2:6`, '“约48亩”不是数字'],
    ['a percentage out of range', edit(MILESTONES, ',50,%', ',150,%'), `${MILESTONES}:2:6`, '超出 0–100'],
    ['a percentage out of range with a full-width ％', edit(PROGRESS, ',48.2,亩,', ',120,％,'), `${PROGRESS}:2:3`, '百分比 120 超出 0–100'],
    ['a milestone out of range with a full-width ％', edit(MILESTONES, ',50,%', ',150,％'), `${MILESTONES}:2:6`, '百分比 150 超出 0–100'],
    [
      'a per-area table value out of range',
      edit(REGIONAL, ',面积,10,亩\ntest-2022-1-a1,test-2022-1,a1,2', ',面积,120,%\ntest-2022-1-a1,test-2022-1,a1,2'),
      `${REGIONAL}:2:9`,
      '百分比 120 超出 0–100',
    ],
    [
      'a progress report dated after the as-of date',
      edit(PROGRESS, ',2022-09-14,', ',2099-01-01,'),
      `${PROGRESS}:2:2`,
      '报告日期 2099-01-01 晚于本次构建的截止日期',
    ],
    [
      'a task update dated after the as-of date',
      edit('data/task-updates/test-2022-1.csv', ',2022-09-20,', ',2099-01-01,'),
      'data/task-updates/test-2022-1.csv:2:2',
      '晚于本次构建的截止日期',
    ],
    ['an impossible date', edit(TASKS, ',2022-09-15,', ',2022/13/40,'), `${TASKS}:2:5`, '这个日期不存在'],
    ['a date without a year', edit(TASKS, ',2022-09-15,', ',9月15日前,'), `${TASKS}:2:5`, '没有年份'],
    ['a duplicate key', { [TASKS]: `${MINI_DATA[TASKS]}test-2022-1-t01,test-2022-1,c1,重复,,,自然资源局,,,,\n` }, `${TASKS}:3:1`, '重复'],
    ['an unknown notice', edit(TASKS, 'test-2022-1-t01,test-2022-1,', 'test-2022-1-t01,nope-2022-1,'), `${TASKS}:2:2`, '找不到文件“nope-2022-1”'],
    ['an unknown unit', edit(TASKS, '自然资源局、', '县财政局、'), `${TASKS}:2:7`, '“县财政局”不在测试县的单位表中'],
    ['an unknown target', edit(PROGRESS, 'test-2022-1-clear,', 'test-2022-1-nope,'), `${PROGRESS}:2:1`, '目标“test-2022-1-nope”不存在'],
    ['an empty file', { [TASKS]: '' }, `${TASKS}:1:1`, '文件是空的'],
    ['a truncated file', { [TASKS]: MINI_DATA[TASKS]!.slice(0, MINI_DATA[TASKS]!.indexOf('2022-09-15')) }, `${TASKS}:2:`, '被截断'],
    ['a row with too many fields', edit(TASKS, '各相关部门,,,,', '各相关部门,,,,,x'), `${TASKS}:2:12`, '多了逗号'],
    [
      'a file that is not UTF-8',
      { [TASKS]: Uint8Array.from([...new TextEncoder().encode('id,notice\n'), 0xb2, 0xe2, 0xca, 0xd4]) },
      `${TASKS}:2:1`,
      'CSV UTF-8',
    ],
    [
      'a row with too few fields',
      { [TASKS]: `${MINI_DATA[TASKS]!.split('\n')[0]}\ntest-2022-1-t02,test-2022-1,c1,少了逗号,,自然资源局,,,\n${MINI_DATA[TASKS]!.split('\n')[1]}\n` },
      `${TASKS}:2:9`,
      '只有 9 个单元格',
    ],
    ['a file cut off inside a quoted cell', { [TASKS]: `${MINI_DATA[TASKS]}test-2022-1-t02,test-2022-1,c1,"被截断的` }, `${TASKS}:3:1`, '引号不成对'],
    ['an unknown reference in a progress source', edit(PROGRESS, ',test-2022-1,c1,', ',nope-2022-9,,'), `${PROGRESS}:2:5`, '像是文件编号'],
    ['an Excel workbook saved as .csv', { [TASKS]: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) }, `${TASKS}:1:1`, 'Excel 工作簿'],
    ['a UTF-16 file', { [TASKS]: Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]) }, `${TASKS}:1:1`, 'UTF-16'],
    [
      'a notice that is not UTF-8',
      { 'content/notices/test-2022-1.mdx': Uint8Array.from([...new TextEncoder().encode('---\ntitle: '), 0xb2, 0xe2, 0xca, 0xd4, 0x0a]) },
      'content/notices/test-2022-1.mdx:2:1',
      'UTF-8',
    ],
    [
      'an impossible date in a notice',
      {
        'content/notices/test-2022-1.mdx': readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8').replace(
          'issued: 2022-09-14',
          'issued: 2022-13-40',
        ),
      },
      'content/notices/test-2022-1.mdx:5:',
      '不存在',
    ],
    ['a misspelt table folder', { 'data/progres/test-2022-1.csv': MINI_DATA[PROGRESS]! }, 'data/progres:1:1', '没有名为“progres”的表'],
    ['a data file that is not .csv', { 'data/tasks/test-2022-1.xlsx': 'x' }, 'data/tasks/test-2022-1.xlsx:1:1', '不是 .csv 文件'],
    [
      'a frontmatter value starting with * (a YAML alias)',
      { [NOTICE]: NOTICE_TEXT.replace('title: 测试县', 'title: *测试县') },
      `${NOTICE}:2:8`,
      '“*测试县人民政府办公室关于印发测试工作方案的通知”以 * 开头',
    ],
    [
      'a frontmatter value starting with & (a YAML anchor)',
      { [NOTICE]: NOTICE_TEXT.replace('issuer: 测试县', 'issuer: &测试县') },
      `${NOTICE}:4:9`,
      '以 & 开头',
    ],
    [
      'a date written as a number in a notice',
      { [NOTICE]: NOTICE_TEXT.replace('issued: 2022-09-14', 'issued: 20220914') },
      `${NOTICE}:5:9`,
      '字段“issued”应为年-月-日 格式的日期（如 2022-09-14），这里写的是数字“20220914”',
    ],
    ['a list written as text in a notice', { [NOTICE]: NOTICE_TEXT.replace('topics: [测试]', 'topics: 测试') }, `${NOTICE}:12:9`, '字段“topics”应为列表'],
    [
      'a level that is not one of the four',
      { [NOTICE]: NOTICE_TEXT.replace('level: 县级', 'level: 区级') },
      `${NOTICE}:10:8`,
      '只能是 省级、市级、县级、乡级 之一，这里写的是“区级”',
    ],
    ["an unescaped < in a notice's text", withParagraph('各乡<镇>人民政府'), `${NOTICE}:33:3`, '“<镇>”没有对应的结束标签'],
    ['an unclosed component in a notice', withParagraph('<EditorialNote>原文如此'), `${NOTICE}:33:1`, '补上 </EditorialNote>'],
    ['a stray { in a notice', withParagraph('面积{48亩'), `${NOTICE}:33:3`, '花括号'],
    ['an unknown component in a notice', withParagraph('<Unknown>x</Unknown>'), `${NOTICE}:33:1`, '“<Unknown>”不是本站的组件'],
    ['an expression in a notice', withParagraph('合计{1+1}亩'), `${NOTICE}:33:3`, '当作代码执行'],
    [
      'an editorial note with an attribute (an expression would run as code)',
      withParagraph('<EditorialNote note={secret}>原文如此</EditorialNote>'),
      `${NOTICE}:33:1`,
      '不接受属性',
    ],
    ['an import in a notice', withParagraph("import secret from '/etc/passwd?raw'"), `${NOTICE}:33:1`, 'import'],
  ])('rejects %s with its file, line and column and exit code 1', (_kind, overrides, location, phrase) => {
    const { status, output } = check(overrides);
    expect(status).toBe(1);
    const line = output.split('\n').find((candidate) => candidate.startsWith(location));
    expect(line, output).toBeDefined();
    expect(line).toContain(phrase);
    expect(line).toMatch(/ \/ [A-Z]/u); // the English sentence follows the Chinese one
  });

  it('prints every problem of every file at once, sorted by file and line, and counts them', () => {
    const { status, output } = check({
      ...edit(TARGETS, ',127.53,', ',约48亩,'),
      ...edit(MILESTONES, ',50,%', ',150,%'),
      [TASKS]: `${MINI_DATA[TASKS]}test-2022-1-t02,test-2022-1,c1,标题,9月15日前,,县财政局,,,,\n`,
    });
    expect(status).toBe(1);
    const located = output
      .split('\n')
      .filter((line) => /^\S+:\d+:\d+ {2}/u.test(line))
      .map((line) => line.split('  ')[0]);
    expect(located).toEqual([`${MILESTONES}:2:6`, `${TARGETS}:2:6`, `${TASKS}:3:5`]);
    expect(output).toContain('3 errors');
  });

  it('flags a decreasing cumulative value as a warning without failing', () => {
    const { status, output } = check({ [PROGRESS]: `${MINI_DATA[PROGRESS]}test-2022-1-clear,2022-10-14,40,亩,县自然资源局报告,,\n` });
    expect(status).toBe(0);
    expect(output).toMatch(new RegExp(`^${PROGRESS}:3:3  警告 warning: .*降到`, 'mu'));
  });

  it.each([
    ['public/passwd.txt', '/etc/passwd'],
    ['data/progress/test-2022-1.csv', '/etc/passwd'],
    ['data/tasks/outside.csv', OUTSIDE_CSV],
    ['content/notices/outside.mdx', '/etc/hostname'],
    ['public/docs', '/etc'],
    ['public/nothing.txt', '/nonexistent/file'],
  ])('refuses a symbolic link %s that leaves the repository, without reading it', (link, target) => {
    const root = makeProject();
    rmSync(path.join(root, link), { force: true });
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(target, path.join(root, link));
    const { status, output } = checkRoot(root);
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`^${link}:1:1  .*指向仓库之外`, 'mu'));
    // Nothing of the file behind the link is printed.
    expect(output).not.toContain('root:');
    expect(output).not.toContain('id,notice,clause');
  });

  it('accepts a symbolic link to a file inside the repository', () => {
    const root = makeProject();
    mkdirSync(path.join(root, 'public'), { recursive: true });
    writeFileSync(path.join(root, 'public/real.txt'), 'x');
    symlinkSync('real.txt', path.join(root, 'public/link.txt'));
    expect(checkRoot(root).status).toBe(0);
  });

  it('says a field is missing only when it is', () => {
    const { output } = check({ [NOTICE]: NOTICE_TEXT.replace('issued: 2022-09-14', 'issued: 20220914').replace('docType: 通知\n', '') });
    expect(output).toContain('缺少必填字段“docType”');
    expect(output).not.toContain('缺少必填字段“issued”');
  });

  it('accepts a notice whose < { } are escaped and whose editorial notes are closed', () => {
    const { status, output } = check(withParagraph('各乡\\<镇>人民政府，\\{ 和 \\}。<EditorialNote>原文如此。</EditorialNote>'));
    expect(output).toContain('0 errors');
    expect(status).toBe(0);
  });

  it('warns, naming the file, when a file that had rows in git is left with its header only; a template that never had rows is fine', () => {
    const root = makeProject({ 'data/task-updates/test-2022-1.csv': 'task,as_of,state,source,note\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'rows');
    writeFileSync(path.join(root, TASKS), `${MINI_DATA[TASKS]!.split('\n')[0]}\r\n\r\n`);
    const { status, output } = checkRoot(root);
    expect(status, output).toBe(0);
    expect(output).toMatch(new RegExp(`^${TASKS}:1:1  警告 warning: 文件只剩表头，之前的版本中有数据行.* / The file has only its header`, 'mu'));
    expect(output).not.toContain('data/task-updates/test-2022-1.csv:');
    expect(output).toContain('1 warnings');
    git('commit', '-qam', 'all rows deleted');
    expect(checkRoot(root).output).toContain(`${TASKS}:1:1  警告 warning: 文件只剩表头`);
  });

  it('accepts UTF-8 with a byte-order mark', () => {
    expect(check({ [TASKS]: `\uFEFF${MINI_DATA[TASKS]}` }).status).toBe(0);
  });
});
