import { describe, expect, it } from 'vitest';
import { csvCell, dataPackage, toCsv, toJsonRows, UTF8_BOM } from '../../src/lib/data/export.ts';
import { allTables } from '../../src/lib/data/tables.ts';
import Papa from 'papaparse';

describe('csvCell', () => {
  it.each([
    ['安泽县', '安泽县'],
    [127.53, '127.53'],
    [-3, '-3'],
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a,b', '"a,b"'],
    ['说"好"', '"说""好"""'],
    ['两\n行', '"两\n行"'],
    [['自然资源局', '各相关部门'], '自然资源局、各相关部门'],
    [undefined, ''],
    [true, 'true'],
  ])('%j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and round-trips through a CSV parser', () => {
    const columns = [{ name: 'name' }, { name: 'value' }];
    const rows = [
      { name: '驿城区, 中心', value: 38079 },
      { name: '=HYPERLINK("x")', value: 1 },
    ];
    const csv = toCsv(columns, rows);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['name', 'value'],
      ['驿城区, 中心', '38079'],
      ['\'=HYPERLINK("x")', '1'],
    ]);
  });
});

describe('toJsonRows', () => {
  it('keeps only declared columns, in order, with null for empty', () => {
    expect(toJsonRows([{ name: 'a' }, { name: 'b' }], [{ a: 1, location: { file: 'x' } }])).toEqual([{ a: 1, b: null }]);
  });
});

describe('dataPackage', () => {
  it('describes every table with a Table Schema', () => {
    const descriptor = dataPackage(allTables, (table) => `${table.name}.csv`);
    expect(descriptor.resources.map((resource) => resource.name)).toEqual(allTables.map((table) => table.name));
    const tasks = descriptor.resources.find((resource) => resource.name === 'tasks');
    expect(tasks?.schema.fields.find((field) => field.name === 'deadline')).toMatchObject({ type: 'date', constraints: { required: false } });
    expect(tasks?.schema.primaryKey).toEqual(['id']);
    // The per-notice files are described, not listed (there are several per notice).
    expect(descriptor.description).toContain('data/<表名>/<文件编号>.csv');
    expect(descriptor.description).toContain('notices/<文件编号>/responsibilities.csv');
    expect(descriptor.description).toContain('data/<表名>.json.gz');
    // No JSON per notice any more.
    expect(descriptor.description).not.toContain('data.json');
  });
});
