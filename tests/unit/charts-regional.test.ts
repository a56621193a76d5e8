import { describe, expect, it } from 'vitest';
import { completionNote, describeRegional, rankByRate, regionalGeometry, regionalModel } from '../../src/lib/charts/regional.ts';
import { textWidth } from '../../src/lib/charts/common.ts';
import { areaReports, areas } from '../fixtures/charts/rows.ts';

const parent = { id: 'test-clear', title: '清理任务', unit: '亩' };
const asOf = '2022-12-31';

describe('rankByRate', () => {
  it('ranks highest first, equal rates share a rank, unreported areas get none', () => {
    const ranked = rankByRate([{ rate: 80 }, { rate: 90 }, {}, { rate: 80 }, { rate: 70 }]);
    expect(ranked.map((item) => item.rank)).toEqual([2, 1, undefined, 2, 4]);
  });
});

describe('regionalModel', () => {
  it('with no completion reported: printed order, task quantities only, no rate, no rank', () => {
    const model = regionalModel(parent, areas, [], asOf);
    expect(model.areas.map((area) => [area.area, area.quantity, area.rate, area.rank])).toEqual([
      ['甲区', 80, undefined, undefined],
      ['乙区', 60, undefined, undefined],
      ['丙县', 40, undefined, undefined],
      ['丁县', 20, undefined, undefined],
    ]);
    expect(model.reported).toBe(0);
    expect(model.total).toBe(200);
    expect(completionNote(model)).toBe('截至统计日（2022年12月31日），各区域尚未报告完成情况：图中只有下达的任务量，没有完成率，也没有排名。');
    expect(describeRegional(model)).toBe(
      '4 个区域，任务量各区域逐个相加（4 个区域，不用小计、合计行）为 200亩，最多 甲区 80亩，最少 丁县 20亩。各区域尚未报告完成情况。',
    );
  });

  it('ranks reported areas by completion rate (latest report, % converted), unreported last', () => {
    const model = regionalModel(parent, areas, areaReports, asOf);
    expect(model.areas.map((area) => [area.area, area.rank, area.completed, area.rate])).toEqual([
      ['乙区', 1, 30, 50],
      ['甲区', 2, 30, 37.5],
      ['丙县', 2, 15, 37.5],
      ['丁县', undefined, undefined, undefined],
    ]);
    expect(model.areas[0]?.report).toEqual({ as_of: '2022-07-01', value: 50, unit: '%' });
    expect(model.reported).toBe(3);
    expect(describeRegional(model)).toBe(
      '4 个区域，任务量各区域逐个相加（4 个区域，不用小计、合计行）为 200亩，最多 甲区 80亩，最少 丁县 20亩。完成率排名：第1名 乙区 50%，第2名 甲区 37.5%，第2名 丙县 37.5%。未报告：丁县。',
    );
    expect(completionNote(model)).toContain('1 个区域尚未报告，列在最后，不参与排名。');
  });

  it('does not rank an area whose task quantity is 0 (no rate), but keeps its report', () => {
    const model = regionalModel(
      parent,
      [{ id: 'z', area: '零区', value: 0, unit: '亩' }, ...areas.slice(0, 1)],
      [{ target: 'z', as_of: '2022-07-01', value: 0, unit: '亩' }, ...areaReports],
      asOf,
    );
    expect(model.areas.map((area) => [area.area, area.rank, area.rate])).toEqual([
      ['甲区', 1, 37.5],
      ['零区', undefined, undefined],
    ]);
    expect(model.areas[1]?.completed).toBe(0);
  });
});

describe('regionalGeometry', () => {
  it('draws only quantity bars, scaled to the largest, when nothing is reported', () => {
    const g = regionalGeometry(regionalModel(parent, areas, [], asOf), 320);
    expect(g.ratePanel).toBeUndefined();
    expect(g.rows.every((row) => row.rateBar === undefined)).toBe(true);
    const [first, second] = g.rows;
    expect(second!.quantityBar.width / first!.quantityBar.width).toBeCloseTo(60 / 80, 2);
    expect(g.rows.map((row) => row.label)).toEqual(['甲区', '乙区', '丙县', '丁县']);
    for (const row of g.rows) expect(row.quantityBar.valueX + textWidth(row.quantityBar.text)).toBeLessThanOrEqual(320);
    expect(g.quantityPanel.title).toBe('任务量（亩）');
    expect(g.rows[0]?.tip).toBe('甲区：任务量 80亩');
  });

  it('adds a completion-rate panel with a 100 % line; an unreported area has no bar, only “未报告”', () => {
    for (const width of [320, 640]) {
      const g = regionalGeometry(regionalModel(parent, areas, areaReports, asOf), width);
      expect(g.ratePanel?.title).toBe('完成率（%）');
      expect(g.ratePanel!.x).toBeGreaterThan(g.quantityPanel.x + g.quantityPanel.width);
      expect(g.rows.map((row) => row.label)).toEqual(['1. 乙区', '2. 甲区', '2. 丙县', '丁县']);
      const [best, , , missing] = g.rows;
      expect(best!.rateBar).toMatchObject({ text: '50%', reported: true });
      expect(best!.rateBar!.x + best!.rateBar!.width).toBeLessThan(g.ratePanel!.full);
      expect(missing!.rateBar).toMatchObject({ width: 0, text: '未报告', reported: false });
      expect(g.ratePanel!.full).toBeLessThanOrEqual(width);
      for (const row of g.rows) expect(row.rateBar!.valueX + textWidth(row.rateBar!.text)).toBeLessThanOrEqual(width);
      expect(g.rows[1]?.tip).toBe('第2名 甲区：任务量 80亩，已完成 30亩，完成率 37.5%（截至2022年7月1日）');
    }
  });

  it('rows go top to bottom and the height grows with them; empty data still lays out', () => {
    const g = regionalGeometry(regionalModel(parent, areas, [], asOf), 640);
    const ys = g.rows.map((row) => row.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(g.size.height).toBeGreaterThan(ys.at(-1)! + g.barHeight);
    const empty = regionalGeometry(regionalModel(parent, [], [], asOf), 320);
    expect(empty.rows).toEqual([]);
    expect(describeRegional(regionalModel(parent, [], [], asOf))).toBe('没有分区域任务。各区域尚未报告完成情况。');
  });
});
