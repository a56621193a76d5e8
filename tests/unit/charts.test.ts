import { describe, expect, it } from 'vitest';
import { rankedBars, stackedSegments } from '../../src/lib/charts/bars.ts';
import { timelineGeometry } from '../../src/lib/charts/timeline.ts';
import { MARGIN, chartDate, shareOfTarget, trajectoryGeometry } from '../../src/lib/charts/trajectory.ts';

const size = { width: 600, height: 300 };
const target = { value: 127.53, unit: '亩', due: '2022-11-30' };
const milestones = [{ due: '2022-06-30', value: 50, unit: '%' }, { due: '2022-08-31', value: 75, unit: '%' }];

describe('shareOfTarget', () => {
  it.each([
    [48.2, "亩", 37.795], [37.8, '%', 37.8], [5, '宗', undefined],
  ] as const)('%d %s → %s %% of 127.53 亩', (value, unit, percent) => {
    const share = shareOfTarget(target, value, unit);
    if (percent === undefined) expect(share).toBeUndefined();
    else expect(share).toBeCloseTo(percent, 2);
  });
});

describe('trajectoryGeometry', () => {
  const geometry = trajectoryGeometry(target, '2022-01-01', milestones, [{ as_of: '2022-09-14', value: 48.2, unit: '亩' }], '2022-10-01', size);

  it('starts at 0 % on the notice date only when it precedes every milestone', () => {
    const late = trajectoryGeometry(target, '2022-09-14', milestones, [], '2022-10-01', size);
    expect(late.planned.points.map((point) => point.percent)).toEqual([50, 75, 100]);
  });

  it('counts one figure reported in two units once, in the target unit', () => {
    const both = trajectoryGeometry(target, '2022-01-01', milestones, [{ as_of: '2022-09-14', value: 37.8, unit: '%' }, { as_of: '2022-09-14', value: 48.2, unit: '亩' }], '2022-10-01', size);
    expect(both.reported.points.map((point) => point.label)).toEqual(['报告：截至2022年9月14日 48.2亩（37.8%）']);
  });

  it('plans 0 % at the start, each milestone, and 100 % on the due date, left to right', () => {
    expect(geometry.planned.points.map((point) => [point.date, point.percent])).toEqual([['2022-01-01', 0], ['2022-06-30', 50], ['2022-08-31', 75], ['2022-11-30', 100]]);
    const xs = geometry.planned.points.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(MARGIN.left);
    expect(xs.at(-1)).toBe(size.width - MARGIN.right);
    expect(geometry.planned.points[0]?.y).toBe(size.height - MARGIN.bottom);
    expect(geometry.planned.path.startsWith('M')).toBe(true);
  });

  it('places a single report as a point without a line, and marks the as-of date', () => {
    expect(geometry.reported.points).toHaveLength(1);
    expect(geometry.reported.points[0]?.percent).toBeCloseTo(37.795, 2);
    expect(geometry.reported.path).toBe('');
    expect(geometry.asOf?.date).toBe('2022-10-01');
    expect(geometry.reported.points[0]?.label).toBe('报告：截至2022年9月14日 48.2亩（37.8%）');
  });

  it('draws nothing for reports when there are none', () => {
    const empty = trajectoryGeometry(target, '2022-01-01', milestones, [], '2022-10-01', size);
    expect(empty.reported).toEqual({ path: '', points: [] });
  });

  it('stays drawable with a single date and leaves the as-of mark out when outside the range', () => {
    const single = trajectoryGeometry({ value: 1, unit: '宗', due: undefined }, '2022-01-01', [], [], '2030-01-01', size);
    expect(single.planned.points).toHaveLength(1);
    expect(Number.isFinite(single.planned.points[0]!.x)).toBe(true);
    expect(single.asOf).toBeUndefined();
  });

  it('labels axes for zh-CN', () => {
    expect(geometry.yTicks.map((tick) => tick.label)).toContain('100%');
    expect(geometry.xTicks[0]?.label).toMatch(/^2022年\d+月$/u);
    expect(chartDate('2022-09-30')).toBe('2022年9月30日');
  });
});

describe('rankedBars', () => {
  it('ranks from the largest down, keeps ties in order and scales widths', () => {
    const geometry = rankedBars([{ label: '甲', value: 10 }, { label: '乙', value: 30 }, { label: '丙', value: 10 }], 400);
    expect(geometry.bars.map((bar) => [bar.rank, bar.label])).toEqual([[1, '乙'], [2, '甲'], [3, '丙']]);
    expect(geometry.bars[1]!.width).toBeCloseTo(geometry.bars[0]!.width / 3);
    expect(geometry.bars[0]!.y).toBeLessThan(geometry.bars[1]!.y);
  });
  it('handles no data and all zeros', () => {
    expect(rankedBars([], 320).bars).toEqual([]);
    expect(rankedBars([{ label: '甲', value: 0 }], 320).bars[0]?.width).toBe(0);
  });
});

describe('stackedSegments', () => {
  it('lays counts side by side across the width, dropping empty ones', () => {
    const segments = stackedSegments([
      { key: 'a', label: 'A', count: 1, href: '#a' }, { key: 'b', label: 'B', count: 0, href: '#b' }, { key: 'c', label: 'C', count: 3, href: '#c' },
    ], 400);
    expect(segments.map((segment) => [segment.key, segment.x, segment.width])).toEqual([['a', 0, 100], ['c', 100, 300]]);
  });
});

describe('timelineGeometry', () => {
  it('orders tasks by deadline and stacks same-day tasks', () => {
    const geometry = timelineGeometry([
      { id: 'b', label: 'B', deadline: '2022-12-31', overdue: false, href: '#b' },
      { id: 'a', label: 'A', deadline: '2022-09-15', overdue: true, href: '#a' },
      { id: 'c', label: 'C', deadline: '2022-09-15', overdue: true, href: '#c' },
    ], '2022-10-01', 600);
    expect(geometry.items.map((item) => item.id)).toEqual(['a', 'c', 'b']);
    expect(geometry.items[0]!.x).toBe(geometry.items[1]!.x);
    expect(geometry.items[0]!.y).toBeGreaterThan(geometry.items[1]!.y);
    expect(geometry.items[0]!.text).toBe('2022年9月15日：A（已逾期）');
    expect(geometry.asOf!.x).toBeGreaterThan(geometry.items[0]!.x);
  });
  it('handles a single task', () => {
    const geometry = timelineGeometry([{ id: 'a', label: 'A', deadline: '2022-09-15', overdue: false, href: '#a' }], '2022-09-15', 320);
    expect(Number.isFinite(geometry.items[0]!.x)).toBe(true);
  });
});
