import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaTable, noticeTargets } from '../../src/lib/pages/notice-targets.ts';
import { makeProject } from '../support/project.ts';
import { siteOf } from './builder-sites.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/charts/data');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const target = (id: string, area: string, title: string, value: number) => ({
  id,
  notice: 'n',
  title,
  unit: '亩',
  value,
  comparison: 'exactly' as const,
  area,
  parent: 'p',
  cumulative: true,
  note: undefined,
  clause: undefined,
  due: undefined,
  due_text: undefined,
  location: { file: 'f', line: 1, columns: {} },
});

describe('areaTable', () => {
  it.each([
    {
      case: 'two printed columns: each area once, each figure under its column, sums of the areas that have a figure',
      areas: [
        target('a1', '驿城区', '省厅基数', 623),
        target('a2', '开发区', '省厅基数', 10),
        target('b1', '驿城区', '内网新增', 1040),
        target('b2', '遂平县', '内网新增', 5),
      ],
      columns: ['省厅基数 亩', '内网新增 亩'],
      rows: [
        ['驿城区', 623, 1040],
        ['开发区', 10, undefined],
        ['遂平县', undefined, 5],
      ],
      totals: [
        { sum: 633, areas: 2 },
        { sum: 1045, areas: 2 },
      ],
    },
    {
      case: 'one column',
      areas: [target('a1', '甲区', '清理任务', 80), target('a2', '乙区', '清理任务', 47.53)],
      columns: ['清理任务 亩'],
      rows: [
        ['甲区', 80],
        ['乙区', 47.53],
      ],
      totals: [{ sum: 127.53, areas: 2 }],
    },
  ])('$case', ({ areas, columns, rows, totals }) => {
    const table = areaTable(areas);
    expect(table.columns.map((column) => `${column.title} ${column.unit}`)).toEqual(columns);
    expect(table.rows.map((row) => [row.area, ...row.cells.map((cell) => cell?.value)])).toEqual(rows);
    expect(table.totals).toEqual(totals);
  });
});

describe('noticeTargets', () => {
  const site = siteOf(makeProject({ 'data/targets/test-2022-1.csv': fixture('targets.csv'), 'data/progress/test-2022-1.csv': fixture('progress.csv') }));
  const targets = noticeTargets(site, site.notices[0]!);

  it('lists the whole-jurisdiction targets with clause, milestones and reports, and the area table of a breakdown', () => {
    expect(
      targets.map((view) => [view.target.id, view.clause?.label, view.milestones.length, view.progress.length, view.areaTable?.rows.map((row) => row.area)]),
    ).toEqual([
      ['test-2022-1-clear', '一', 1, 1, ['甲区', '乙区']],
      ['test-2022-1-rate', '一', 0, 0, undefined],
    ]);
  });

  it('carries each target’s charts: a trajectory where there is something to draw, regional bars for a breakdown', () => {
    expect(targets.map((view) => [view.charts.trajectory?.target.id, view.charts.regional.map((model) => model.measure)])).toEqual([
      ['test-2022-1-clear', ['清理任务']],
      [undefined, []],
    ]);
  });
});
