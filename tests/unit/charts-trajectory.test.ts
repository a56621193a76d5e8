import { describe, expect, it } from 'vitest';
import {
  describeTrajectory,
  milestoneInTargetUnit,
  plannedLevel,
  reportInTargetUnit,
  TRAJECTORY_SIZE,
  trajectoryGeometry,
  trajectoryModel,
} from '../../src/lib/charts/trajectory.ts';
import { areaMilestones, areaProgress, areaTarget, rateTarget } from '../fixtures/charts/rows.ts';

const asOf = '2022-12-31';
const model = trajectoryModel(areaTarget, areaMilestones, areaProgress, asOf, '2022-04-20');
// The site draws at TRAJECTORY_SIZE (320 × 240); the geometry is a function of any size, so some tests use a wider one.
const drawn = TRAJECTORY_SIZE;
const wide = { width: 640, height: 280 };

describe('units', () => {
  it('reads a milestone in % as a share of the target, otherwise in the target unit', () => {
    expect(milestoneInTargetUnit({ value: 127.53, unit: '亩' }, { value: 50, unit: '%' })).toBeCloseTo(63.765);
    expect(milestoneInTargetUnit({ value: 127.53, unit: '亩' }, { value: 60, unit: '亩' })).toBe(60);
    expect(milestoneInTargetUnit({ value: 127.53, unit: '亩' }, { value: 2, unit: '宗' })).toBeUndefined();
  });

  it('converts a report in % only when the row says %, and leaves other units out', () => {
    expect(reportInTargetUnit({ value: 127.53, unit: '亩' }, { value: 48.2, unit: '亩' })).toBe(48.2);
    expect(reportInTargetUnit({ value: 127.53, unit: '亩' }, { value: 37.8, unit: '%' })).toBeCloseTo(48.206, 2);
    expect(reportInTargetUnit({ value: 127.53, unit: '亩' }, { value: 3, unit: '宗' })).toBeUndefined();
    // A target that is itself a rate: a report in % is that rate, not a share of it.
    expect(reportInTargetUnit({ value: 96, unit: '%' }, { value: 80, unit: '%' })).toBe(80);
  });
});

describe('trajectoryModel', () => {
  it('plans through the milestones to the target on its due date, without an invented start', () => {
    expect(model.plan.map((point) => [point.date, point.kind, point.share, point.value])).toEqual([
      ['2022-05-31', 'milestone', 25, 50],
      ['2022-06-30', 'milestone', 50, 100],
      ['2022-09-30', 'milestone', 85, 170],
      ['2022-11-30', 'due', 100, 200],
    ]);
    expect(model.plan[0]?.dueText).toBe('5月底');
  });

  it('places reports in 亩 and in %, and leaves out those after the as-of date', () => {
    expect(model.reports.map((point) => [point.date, point.value, point.share])).toEqual([
      ['2022-06-15', 60, 30],
      ['2022-08-01', 90, 45],
    ]);
    expect(trajectoryModel(areaTarget, areaMilestones, areaProgress, '2023-06-30').reports).toHaveLength(3);
  });

  it('makes one point of a figure reported in two units on one date, taking the target unit', () => {
    const both = trajectoryModel(
      { ...areaTarget, value: 127.53 },
      [],
      [
        { as_of: '2022-09-14', value: 37.8, unit: '%' },
        { as_of: '2022-09-14', value: 48.2, unit: '亩' },
      ],
      asOf,
    );
    expect(both.reports).toHaveLength(1);
    expect(both.reports[0]).toMatchObject({
      value: 48.2,
      figures: [
        { value: 37.8, unit: '%' },
        { value: 48.2, unit: '亩' },
      ],
    });
  });

  it('keeps reports in other units aside instead of guessing', () => {
    const odd = trajectoryModel(areaTarget, [], [{ as_of: '2022-07-01', value: 3, unit: '宗' }], asOf);
    expect(odd.reports).toEqual([]);
    expect(odd.unplaced).toHaveLength(1);
    expect(describeTrajectory(odd)).toContain('1 条报告的单位与目标不同');
  });

  it('uses the rate itself on the axis for a target that is a percentage', () => {
    const rate = trajectoryModel(rateTarget, [{ due: '2024-12-31', value: 50, unit: '%' }], [{ as_of: '2024-06-30', value: 80, unit: '%' }], '2025-01-01');
    expect(rate.mode).toBe('rate');
    expect(rate.plan.map((point) => point.value)).toEqual([48, 96]);
    expect(rate.reports[0]?.value).toBe(80);
  });
});

describe('plannedLevel (milestone interpolation)', () => {
  it('is undefined before the first milestone: the notice plans nothing there', () => {
    expect(plannedLevel(model.plan, '2022-05-30')).toBeUndefined();
    expect(plannedLevel([], '2022-05-30')).toBeUndefined();
  });

  it('is exact on a milestone, linear in time between two, and the last level after the last', () => {
    expect(plannedLevel(model.plan, '2022-06-30')).toEqual({ value: 100, share: 50, basis: 'milestone' });
    // 2022-06-30 (50 %) → 2022-09-30 (85 %): 46 of 92 days is half way, 67.5 %.
    expect(plannedLevel(model.plan, '2022-08-15')).toEqual({ value: 135, share: 67.5, basis: 'interpolated' });
    expect(plannedLevel(model.plan, '2023-03-01')).toEqual({ value: 200, share: 100, basis: 'after' });
  });

  it('counts calendar days, unaffected by the time zone', () => {
    const plan = [
      { date: '2022-02-28', kind: 'milestone' as const, value: 0, share: 0 },
      { date: '2022-03-02', kind: 'milestone' as const, value: 20, share: 20 },
    ];
    expect(plannedLevel(plan, '2022-03-01')?.share).toBe(10);
  });
});

describe('trajectoryGeometry', () => {
  const g = trajectoryGeometry(model, wide);

  it('maps dates left to right across the plot and shares bottom to top', () => {
    const xs = [...g.plan.points, ...g.reports.points].map((point) => point.x);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(g.plot.left);
      expect(x).toBeLessThanOrEqual(g.plot.right);
    }
    expect(g.plan.points.map((point) => point.x)).toEqual([...g.plan.points.map((point) => point.x)].sort((a, b) => a - b));
    // The axis runs from the notice date to the as-of date, which is near enough to be taken in.
    expect(g.plan.points.at(-1)?.x).toBeLessThan(g.plot.right);
    expect(g.plan.points.at(-1)?.y).toBe(g.target.y);
    expect(g.yTicks[0]).toEqual({ y: g.plot.bottom, label: '0%' });
    expect(g.yTicks.at(-1)).toEqual({ y: g.plot.top, label: '100%' });
  });

  it('draws the plan and the reports as lines through their points', () => {
    expect(g.plan.path).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/u);
    expect(g.reports.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/u);
    expect(g.empty).toBeUndefined();
  });

  it('marks the as-of date and the notice date', () => {
    expect(g.asOf.placement).toBe('inside');
    expect(g.asOf.x).toBe(g.plot.right);
    expect(g.issued?.x).toBe(g.plot.left);
  });

  it('labels points and axes in zh-CN with units', () => {
    expect(g.plan.points[0]?.label).toBe('计划：2022年5月31日前（原文“5月底”）完成 25%（50亩）');
    expect(g.plan.points.at(-1)?.label).toBe('计划：2022年11月30日前完成目标 200亩');
    expect(g.reports.points[0]?.label).toBe('报告：截至2022年6月15日 60亩，占目标 30%；同期计划约 37.5%（按相邻节点直线推算）');
    expect(g.reports.points[1]?.label).toBe('报告：截至2022年8月1日 完成目标的 45%；同期计划约 62.2%（按相邻节点直线推算）');
    expect(g.yTitle).toBe('占目标的比例（%，100% = 200亩）');
    expect(g.xTicks[0]?.label).toMatch(/^2022年\d+月$/u);
  });

  it('says so in the chart when nothing is reported, instead of a line at zero', () => {
    const empty = trajectoryGeometry(trajectoryModel(areaTarget, areaMilestones, [], asOf), drawn);
    expect(empty.reports).toEqual({ path: '', points: [] });
    expect(empty.empty?.text).toBe('截至统计日尚无进展报告');
  });

  it('draws a single point without a line, and stays finite', () => {
    const single = trajectoryGeometry(
      trajectoryModel({ ...areaTarget, due: undefined }, [], [{ as_of: '2022-07-01', value: 50, unit: '亩' }], '2022-07-01'),
      drawn,
    );
    expect(single.plan.points).toEqual([]);
    expect(single.reports.path).toBe('');
    expect(single.reports.points).toHaveLength(1);
    expect(Number.isFinite(single.reports.points[0]!.x)).toBe(true);
    expect(single.asOf.placement).toBe('inside');
  });

  it('draws no path between the points of a rate measured at a time', () => {
    const rate = trajectoryGeometry(trajectoryModel(rateTarget, [{ due: '2024-12-31', value: 50, unit: '%' }], [], '2024-01-01', '2023-01-10'), drawn);
    expect(rate.plan.points).toHaveLength(2);
    expect(rate.plan.path).toBe('');
    expect(rate.target.label).toBe('目标 96%以上');
    expect(rate.yTitle).toBe('百分比（%）');
  });

  it('lets the y axis grow past 100 % when a report exceeds the target', () => {
    const over = trajectoryGeometry(trajectoryModel(areaTarget, [], [{ as_of: '2022-07-01', value: 260, unit: '亩' }], '2022-07-01'), drawn);
    expect(over.reports.points[0]!.y).toBeGreaterThanOrEqual(over.plot.top);
    expect(over.target.y).toBeGreaterThan(over.plot.top);
  });

  it('fits the width the site draws at and is a pure function of model and size', () => {
    expect(drawn).toEqual({ width: 320, height: 240 });
    const a = trajectoryGeometry(model, drawn);
    expect(a.plot.right).toBeLessThanOrEqual(320);
    expect(trajectoryGeometry(model, drawn)).toEqual(a);
  });
});

describe('describeTrajectory', () => {
  it('states the target, the milestones, the latest report and the as-of date', () => {
    expect(describeTrajectory(model)).toBe(
      '目标：清理任务，2022年11月30日前完成 200亩。阶段节点：2022年5月31日前25%，2022年6月30日前50%，2022年9月30日前85%。' +
        '最新报告：截至2022年8月1日 完成目标的 45%；同期计划约 62.2%（按相邻节点直线推算）。共 2 次报告。统计日：2022年12月31日。',
    );
  });

  it('says plainly when there is no report', () => {
    expect(describeTrajectory(trajectoryModel(rateTarget, [], [], asOf))).toBe(
      '目标：供地率，2025年12月31日前达到 96%以上。文件未设阶段节点。截至统计日尚无进展报告。统计日：2022年12月31日。',
    );
  });
});
