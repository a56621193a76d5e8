import { describe, expect, it } from 'vitest';
import { allTables } from '../../src/lib/data/tables.ts';
import { buildDataPage, columnLabel, LISTED_SOURCE_FILES } from '../../src/lib/pages/data-page.ts';
import { makeProject } from '../support/project.ts';
import { siteOf } from './builder-sites.ts';

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

describe('buildDataPage', () => {
  const datasets = buildDataPage(siteOf(makeProject()));
  const columnsOf = (name: string) => datasets.find((dataset) => dataset.table.name === name)!.columns;

  it('lists every table with its row count and the files its rows come from', () => {
    expect(datasets.map((dataset) => dataset.table.name)).toEqual(allTables.map((table) => table.name));
    expect(datasets.find((dataset) => dataset.table.name === 'units')).toMatchObject({
      rowCount: 2,
      files: ['data/units/test.csv'],
      fileCount: 1,
      folder: 'data/units/',
    });
  });

  it.each([
    [LISTED_SOURCE_FILES, LISTED_SOURCE_FILES],
    [LISTED_SOURCE_FILES + 1, 0],
  ])('names the source files of a table with %i files one by one only up to the limit (%i named)', (fileCount, named) => {
    const site = siteOf(makeProject());
    const [task] = site.tasks;
    const tasks = Array.from({ length: fileCount }, (_, index) => ({
      ...task!,
      location: { ...task!.location, file: `data/tasks/n${String(index).padStart(3, '0')}.csv` },
    }));
    const view = buildDataPage({ ...site, tasks }).find((dataset) => dataset.table.name === 'tasks')!;
    expect(view).toMatchObject({ rowCount: fileCount, fileCount, folder: 'data/tasks/' });
    expect(view.files).toHaveLength(named);
  });

  it.each([
    ['tasks', 'deadline', { label: '完成期限', type: '日期', required: false }],
    ['tasks', 'responsible', { label: '责任单位', type: '列表（、分隔）' }],
    ['task-updates', 'state', { label: '进展状态', type: expect.stringMatching(/^选项：\S+( \/ \S+)+$/u), required: true }],
  ])('describes %s.%s as %j', (table, column, view) => {
    expect(columnsOf(table).find((candidate) => candidate.name === column)).toMatchObject(view);
  });
});
