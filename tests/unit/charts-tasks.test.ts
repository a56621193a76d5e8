import { describe, expect, it } from 'vitest';
import { CHART_WIDTH } from '../../src/lib/charts/common.ts';
import { describeStatusRow, statusGeometry, statusRows, taskListLink } from '../../src/lib/charts/status-bars.ts';
import { datedTasks, describeTimeline, markOf, stackLevels, timelineGeometry, type TimelineLaneModel } from '../../src/lib/charts/timeline.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { STATUS_KEYS, type TaskStatus } from '../../src/lib/tasks/status.ts';

const paths = sitePaths('/policy/');

describe('status summary', () => {
  const statuses: TaskStatus[] = ['已完成', '已过期限，暂无进展报告', '已过期限，暂无进展报告', '暂无进展报告', '已过期限，暂无进展报告', '进行中'];
  const [row] = statusRows([{ id: 'test-2022-1', label: '测政办发〔2022〕1号', noticeId: 'test-2022-1', statuses }], paths.tasks());

  it('links each status to the task list filtered by status and notice, under the base path', () => {
    expect(taskListLink(paths.tasks(), STATUS_KEYS['已过期限，尚未报告完成'])).toBe('/policy/tasks/?status=past-deadline');
    expect(row!.segments.map((segment) => segment.href)).toEqual(
      ['completed', 'in-progress', 'no-report', 'past-deadline', 'past-deadline-no-report'].map((key) => `/policy/tasks/?status=${key}&notice=test-2022-1`),
    );
  });

  it('counts every status in the site’s order, with its symbol', () => {
    expect(row!.segments.map((segment) => [segment.status, segment.symbol, segment.count])).toEqual([
      ['已完成', '✓', 1],
      ['进行中', '◐', 1],
      ['暂无进展报告', '○', 1],
      ['已过期限，尚未报告完成', '◐!', 0],
      ['已过期限，暂无进展报告', '○!', 3],
    ]);
    expect(describeStatusRow(row!)).toBe(
      '测政办发〔2022〕1号：共 6 项，已完成 1 项（16.7%），进行中 1 项（16.7%），暂无进展报告 1 项（16.7%），已过期限，尚未报告完成 0 项，已过期限，暂无进展报告 3 项（50%）。',
    );
  });

  it('lays the counts side by side across the width; empty statuses take no room; labels only where they fit', () => {
    const g = statusGeometry([row!], CHART_WIDTH);
    // Each segment is a link: at least 24 px tall (WCAG 2.2) where the drawing is shrunk into the 288 px column of a 320 px phone.
    expect((g.barHeight * 288) / CHART_WIDTH).toBeGreaterThanOrEqual(24);
    expect(g.rows[0]!.segments.map((segment) => [segment.key, segment.x, segment.width])).toEqual([
      ['completed', 0, 53.3],
      ['in-progress', 53.3, 53.3],
      ['no-report', 106.7, 53.3],
      ['past-deadline-no-report', 160, 160],
    ]);
    expect(g.rows[0]!.segments.map((segment) => segment.text)).toEqual(['✓ 1', '◐ 1', '○ 1', '○! 3']);
    const crowded = statusGeometry(
      statusRows([{ id: 'all', label: '全部', statuses: [...Array<TaskStatus>(60).fill('暂无进展报告'), '已完成'] }], paths.tasks()),
      320,
    );
    expect(crowded.rows[0]!.segments[0]).toMatchObject({ key: 'completed', text: undefined });
    expect(crowded.rows[0]!.segments[0]!.tip).toBe('全部：已完成 1 项（1.6%），点击查看这些任务');
  });

  it('handles a row without tasks', () => {
    const [empty] = statusRows([{ id: 'x', label: '某文件', statuses: [] }], paths.tasks());
    expect(statusGeometry([empty!], 640).rows[0]!.segments).toEqual([]);
    expect(describeStatusRow(empty!)).toBe('某文件：没有任务。');
  });
});

describe('deadline timeline', () => {
  const lanes: TimelineLaneModel[] = [
    {
      id: 'a',
      label: '甲',
      tasks: [
        { id: 'a-t1', label: '甲 一1', title: '任务一', deadline: '2022-09-15', status: '已过期限，暂无进展报告' },
        { id: 'a-t2', label: '甲 一2', title: '任务二', deadline: '2022-09-15', status: '已完成' },
        { id: 'a-t3', label: '甲 一3', title: '任务三', deadline: '2022-12-31', status: '暂无进展报告' },
        { id: 'a-t4', label: '甲 一4', title: '任务四', status: '暂无进展报告' },
      ],
    },
    { id: 'b', label: '乙', tasks: [{ id: 'b-t1', label: '乙 二1', title: '任务五', status: '进行中' }] },
  ];

  it('tells overdue tasks apart by mark', () => {
    expect(['已过期限，尚未报告完成', '已过期限，暂无进展报告', '已完成', '进行中', '暂无进展报告'].map((status) => markOf(status as TaskStatus))).toEqual([
      'overdue',
      'overdue',
      'completed',
      'open',
      'open',
    ]);
  });

  it('stacks marks that would overlap, and only those', () => {
    expect(stackLevels([10, 10, 30, 31, 60], 14)).toEqual([0, 1, 0, 1, 0]);
    expect(stackLevels([], 14)).toEqual([]);
  });

  it('places each dated task on the axis in its lane, same-day tasks stacked', () => {
    const g = timelineGeometry(lanes, '2022-10-01', 320);
    const [first, second] = g.lanes;
    expect(first!.marks.map((mark) => [mark.task.id, mark.mark])).toEqual([
      ['a-t1', 'overdue'],
      ['a-t2', 'completed'],
      ['a-t3', 'open'],
    ]);
    expect(first!.marks[0]!.x).toBe(first!.marks[1]!.x);
    expect(first!.marks[0]!.y).toBeGreaterThan(first!.marks[1]!.y);
    expect(first!.undated).toBe(1);
    expect(second!.marks).toEqual([]);
    expect(second!.labelY).toBeGreaterThan(first!.baseY);
    expect(g.asOf).toMatchObject({ placement: 'inside' });
    expect(g.asOf.x).toBeGreaterThan(first!.marks[0]!.x);
    expect(g.asOf.x).toBeLessThan(first!.marks[2]!.x);
    for (const mark of first!.marks) expect(mark.x).toBeGreaterThanOrEqual(g.plot.left);
    expect(first!.marks[0]!.label).toBe('2022年9月15日 到期：甲 一1 任务一（已过期限，暂无进展报告）');
  });

  it('lists the dated tasks of all lanes for the data table, earliest first, equal deadlines in lane order', () => {
    const later: TimelineLaneModel = {
      id: 'c',
      label: '丙',
      tasks: [
        { id: 'c-t1', label: '丙 一1', title: '任务', deadline: '2022-09-15', status: '已完成' },
        { id: 'c-t0', label: '丙 一0', title: '任务', deadline: '2022-01-01', status: '已完成' },
      ],
    };
    expect(datedTasks([...lanes, later]).map((task) => task.id)).toEqual(['c-t0', 'a-t1', 'a-t2', 'c-t1', 'a-t3']);
    expect(datedTasks([lanes[1]!])).toEqual([]);
  });

  it('states the key figures, and says so when no task has a deadline', () => {
    expect(describeTimeline(lanes, '2022-10-01')).toBe(
      '3 项任务有期限，最早 2022年9月15日，最晚 2022年12月31日；截至统计日 2022年10月1日，已过期限而未报告完成 1 项，已完成 1 项，未到期 1 项。另有 2 项未定期限，不在轴上。',
    );
    expect(describeTimeline([lanes[1]!], '2022-10-01')).toBe('1 项任务均未定期限。');
  });

  it('handles a single task', () => {
    const g = timelineGeometry(
      [{ id: 'x', label: 'x', tasks: [{ id: 'x1', label: 'x', title: 't', deadline: '2022-09-15', status: '暂无进展报告' }] }],
      '2022-09-15',
      320,
    );
    expect(Number.isFinite(g.lanes[0]!.marks[0]!.x)).toBe(true);
    expect(g.asOf.x).toBe(g.lanes[0]!.marks[0]!.x);
  });
});
