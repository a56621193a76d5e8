import { describe, expect, it } from 'vitest';
import { decodeCsv, decodeUtf8Text, parseCsv } from '../../src/lib/data/csv.ts';
import { readCsvFile } from '../../src/lib/data/csv-file.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { milestonesTable, targetsTable, tasksTable } from '../../src/lib/data/tables.ts';
import { columnLetter, validateTable } from '../../src/lib/data/validate-table.ts';
import { readDate, readNumber } from '../../src/lib/data/columns.ts';

const FILE = 'data/tasks/x.csv';
const TASK_HEADER = 'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note';
const validate = (text: string, table = tasksTable) => validateTable(table, parseCsv(text, FILE), FILE);

describe('parseCsv', () => {
  it('keeps the line number of every row, across quoted line breaks and blank lines', () => {
    const parsed = parseCsv('a,b\n1,"two\nlines"\n\n3,4\r\n5,6', FILE);
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.records.map((record) => record.line)).toEqual([2, 5, 6]);
    expect(parsed.records[0]?.cells).toEqual(['1', 'two\nlines']);
  });
  it('drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2', FILE).header).toEqual(['a', 'b']);
  });
  it.each([
    ['a,b,c\n1,2', 2, 2, '只有 2 个单元格'],
    ['a,b\n1,2,3', 2, 3, '有 3 个单元格'],
    ['', 1, 1, '文件是空的'],
    ['\n\n', 1, 1, '文件是空的'],
  ])('reports %j at line %i column %i', (text, line, column, phrase) => {
    const [problem] = parseCsv(text, FILE).problems;
    expect(problem).toMatchObject({ file: FILE, line, column });
    expect(problem?.message).toContain(phrase);
  });
});

describe('parseCsv quotes', () => {
  it('reports a bad quote once, at the row that has it', () => {
    const { problems } = parseCsv('a,b\n1,2\n3,"x"y"\n', FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(problems[0]?.message).toContain('引号不成对');
  });
});

describe('decodeCsv', () => {
  it('accepts UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFid,name\n1,安泽县');
    expect(decodeCsv(bytes, FILE)).toMatchObject({ problems: [] });
  });
  it('rejects GBK bytes with a hint on saving as UTF-8, naming the line', () => {
    // "id\n安泽" in GBK: B0 B2 D4 F3
    const gbk = Uint8Array.from([0x69, 0x64, 0x0a, 0xb0, 0xb2, 0xd4, 0xf3]);
    const { problems } = decodeCsv(gbk, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(problems[0]?.message).toContain('CSV UTF-8');
  });
  it.each([
    ['an Excel workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 1, 'Excel 工作簿'],
    ['an old Excel workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], 1, 'Excel 工作簿'],
    ['UTF-16 little-endian', [0xff, 0xfe, 0x69, 0x00, 0x64, 0x00], 1, 'UTF-16'],
    ['UTF-16 big-endian', [0xfe, 0xff, 0x00, 0x69, 0x00, 0x64], 1, 'UTF-16'],
    ['UTF-16 without a byte-order mark', [0x69, 0x00, 0x64, 0x00, 0x0a, 0x00, 0x31, 0x00], 1, '空字符'],
  ])('recognises %s and says how to save as UTF-8', (_name, bytes, line, phrase) => {
    const { text, problems } = decodeCsv(Uint8Array.from(bytes), FILE);
    expect(text).toBe('');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column: 1 });
    expect(problems[0]?.message).toContain(phrase);
    expect(problems[0]?.message).toContain('CSV UTF-8');
  });
  it('never returns a replacement character for bad bytes, in a notice either', () => {
    const gbk = Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xb0, 0xb2, 0x0a]);
    const { text, problems } = decodeUtf8Text(gbk, 'content/notices/x.mdx');
    expect(text).not.toContain('\uFFFD');
    expect(problems[0]).toMatchObject({ file: 'content/notices/x.mdx', line: 2, column: 1 });
    expect(problems[0]?.message).toContain('UTF-8');
    expect(decodeUtf8Text(new TextEncoder().encode('\uFEFF---\n安泽'), 'x.mdx')).toEqual({ text: '---\n安泽', problems: [] });
  });
});

describe('readCsvFile', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('decodes, parses and validates one file: its rows, with where they came from', () => {
    const result = readCsvFile(tasksTable, bytes(`\uFEFF${TASK_HEADER}\nanze-2022-50-t01,anze-2022-50,c3-1-1,标题,2022-09-15,,县自然资源局,,,,\n`), FILE);
    expect(result).toMatchObject({ problems: [], rejected: [], complete: true, headerOnly: false });
    expect(result.rows).toMatchObject([{ id: 'anze-2022-50-t01', deadline: '2022-09-15', responsible: ['县自然资源局'], location: { file: FILE, line: 2 } }]);
  });
  it('says when a file is a header with no rows', () => {
    expect(readCsvFile(tasksTable, bytes(`${TASK_HEADER}\r\n\r\n`), FILE)).toMatchObject({ rows: [], problems: [], complete: true, headerOnly: true });
  });
  it('reads nothing of a file that is not UTF-8, and says the table is incomplete', () => {
    const result = readCsvFile(tasksTable, Uint8Array.from([0x69, 0x64, 0x0a, 0xb0, 0xb2]), FILE);
    expect(result).toMatchObject({ rows: [], rejected: [], complete: false, headerOnly: false });
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/tasks\/x\.csv:2:1 {2}文件不是 UTF-8/u)]);
  });
  it('keeps the cells of a rejected row, and the problems of parser and cells together', () => {
    const result = readCsvFile(tasksTable, bytes(`${TASK_HEADER}\nanze-2022-50-t01,anze-2022-50,c3-1-1,标题,9月15日前,,县自然资源局,,,,\nx,y\n`), FILE);
    expect(result.rows).toEqual([]);
    expect(result.rejected.map((row) => row['id'])).toEqual(['anze-2022-50-t01', 'x']);
    expect(result.problems.map((problem) => `${problem.line}:${problem.column}`)).toEqual(['3:2', '2:5']);
  });
});

describe('readDate', () => {
  it.each(['2022-09-15', '2024-02-29'])('accepts %s', (raw) => expect(readDate(raw)).toEqual({ ok: true, value: raw }));
  it.each([
    ['2022/13/40', '不存在'],
    ['2022/9/15', '2022-09-15'],
    ['2022-02-30', '不是存在的日期'],
    ['9月15日前', '没有年份'],
    ['年底', '没有年份'],
    ['soon', '不是日期'],
  ])('rejects %s saying %s', (raw, phrase) => {
    const result = readDate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(phrase);
  });
});

describe('readNumber', () => {
  it.each([
    ['127.53', 127.53],
    ['48.2', 48.2],
    ['0', 0],
    ['-3', -3],
  ])('%s → %d', (raw, value) => expect(readNumber(raw)).toEqual({ ok: true, value }));
  it.each([
    ['约48亩', '只能填数字'],
    ['1,000', '千位分隔符'],
    ['abc', '不是数字'],
    ['60%', '只能填数字'],
  ])('rejects %s', (raw, phrase) => {
    const result = readNumber(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(phrase);
  });
});

describe('validateTable', () => {
  it('returns typed rows with lists split on 、 and their location', () => {
    const { rows, problems } = validate(
      `${TASK_HEADER}\nanze-2022-50-t01,anze-2022-50,c3-1-1,明确责任主体,2022-09-15,2022年9月15日前,开发区管委会园区运营部、各相关部门,,,,`,
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      id: 'anze-2022-50-t01',
      deadline: '2022-09-15',
      responsible: ['开发区管委会园区运营部', '各相关部门'],
      lead: [],
      note: undefined,
    });
    expect(rows[0]?.location).toMatchObject({ file: FILE, line: 2 });
  });

  it.each([
    ['a required value is missing', `${TASK_HEADER}\nanze-t01,,c1,标题,,,某局,,,,`, 2, 2, '不能为空'],
    ['an impossible date', `${TASK_HEADER}\nanze-t01,anze,c1,标题,2022/13/40,,某局,,,,`, 2, 5, '不存在'],
    ['a date without year', `${TASK_HEADER}\nanze-t01,anze,c1,标题,9月15日前,,某局,,,,`, 2, 5, '没有年份'],
    ['an id with capitals', `${TASK_HEADER}\nAnze-T01,anze,c1,标题,,,某局,,,,`, 2, 1, '小写英文字母'],
    ['an extra column', `${TASK_HEADER},extra\nanze-t01,anze,c1,标题,,,某局,,,,,x`, 1, 12, '多余的列'],
    ['a missing column', `id,notice,clause,title\nanze-t01,anze,c1,标题`, 1, 5, '缺少'],
  ])('reports %s at its line and column', (_name, text, line, column, phrase) => {
    const { problems } = validate(text);
    expect(problems[0]).toMatchObject({ file: FILE, line, column, severity: 'error' });
    expect(problems[0]?.message).toContain(phrase);
    expect(formatProblem(problems[0]!)).toMatch(new RegExp(`^${FILE}:${line}:${column}  `));
  });

  it('reports a non-numeric value in a numeric column with the column letter', () => {
    const header = 'id,notice,clause,title,unit,value,comparison,due,due_text,area,parent,cumulative,note';
    const { problems } = validate(`${header}\na-t,anze,,供应面积,亩,约48亩,exactly,,,,,true,`, targetsTable as never);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 6 });
    expect(problems[0]?.message).toContain('F 列');
    expect(problems[0]?.message).toContain('约48亩');
  });

  it('reads columns in any order', () => {
    const { rows, problems } = validate('value,target,notice,due,unit,clause,due_text,note\n50,t-1,anze,2022-06-30,%,,6月底,', milestonesTable as never);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ value: 50, target: 't-1', due: '2022-06-30' });
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [6, 'F'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
  ])('%i → %s', (index, letter) => expect(columnLetter(index)).toBe(letter));
});

describe('unit cells', () => {
  it.each([
    ['%', '%'],
    ['％', '%'],
    ['﹪', '%'],
    ['亩', '亩'],
  ])('reads %j as %j, so that a full-width percent sign gets the percentage checks', (unit, read) => {
    const { rows, problems } = validateTable(
      milestonesTable,
      parseCsv(`target,notice,clause,due,due_text,value,unit,note\nt,n,,2022-06-30,,50,${unit},\n`, FILE),
      FILE,
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.unit).toBe(read);
  });
});
