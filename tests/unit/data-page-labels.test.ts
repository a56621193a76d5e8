import { describe, expect, it } from 'vitest';
import { allTables } from '../../src/lib/data/tables.ts';
import { columnLabel } from '../../src/lib/pages/data-page.ts';

describe('columnLabel', () => {
  it.each([
    [{ name: 'id', description: '单位编号（英文小写），如 anze-zrzyj' }, '单位编号'],
    [{ name: 'notice', description: '所属文件（通知）的编号，即 content/notices/ 下的文件名' }, '所属文件'],
    [{ name: 'comparison', description: 'at_least＝以上/不少于，exactly＝等于' }, '比较方式'],
    [{ name: 'unit', description: '% 表示占目标的比例' }, '单位'],
    [{ name: 'xyz', description: 'abc' }, 'xyz'],
  ])('%j → %s', (column, label) => expect(columnLabel(column)).toBe(label));

  it('gives every column of every table a Chinese name', () => {
    for (const table of allTables) for (const column of table.columns) expect(columnLabel(column), `${table.name}.${column.name}`).toMatch(/^[\u4e00-\u9fff]/u);
  });
});
