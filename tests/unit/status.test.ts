import { describe, expect, it } from 'vitest';
import { resolveAsOf, taskStatus, type TaskReport } from '../../src/lib/tasks/status.ts';

const done = (as_of: string): TaskReport => ({ as_of, state: '已完成' });
const going = (as_of: string): TaskReport => ({ as_of, state: '进行中' });

describe('taskStatus', () => {
  it.each([
    ['no deadline, no report', undefined, [], '2022-10-01', '暂无进展报告'],
    ['before deadline, no report', '2022-11-30', [], '2022-10-01', '暂无进展报告'],
    ['due today is not overdue', '2022-10-01', [], '2022-10-01', '暂无进展报告'],
    ['before deadline, progress reported', '2022-11-30', [going('2022-09-20')], '2022-10-01', '进行中'],
    ['no deadline, progress reported', undefined, [going('2022-09-20')], '2022-10-01', '进行中'],
    ['after deadline, nothing reported', '2022-09-15', [], '2022-10-01', '已过期限，暂无进展报告'],
    ['after deadline, progress but not done', '2022-09-15', [going('2022-09-10')], '2022-10-01', '已过期限，尚未报告完成'],
    ['done before deadline', '2022-09-15', [done('2022-09-10')], '2022-10-01', '已完成'],
    ['done after deadline is still done', '2022-09-15', [going('2022-09-01'), done('2022-09-30')], '2022-10-01', '已完成'],
    ['a report after the as-of date is ignored', '2022-09-15', [done('2022-12-01')], '2022-10-01', '已过期限，暂无进展报告'],
  ] as const)('%s → %s', (_name, deadline, reports, asOf, status) => {
    expect(taskStatus(deadline, reports, asOf)).toBe(status);
  });
});

describe('resolveAsOf', () => {
  it('uses SITE_AS_OF when set', () => expect(resolveAsOf('2023-12-31')).toBe('2023-12-31'));
  it('rejects a malformed SITE_AS_OF', () => expect(() => resolveAsOf('2023/12/31')).toThrow('YYYY-MM-DD'));
  it('defaults to the date in China', () => {
    // 2022-09-14 20:00 UTC is already 2022-09-15 in Beijing.
    expect(resolveAsOf(undefined, new Date('2022-09-14T20:00:00Z'))).toBe('2022-09-15');
    expect(resolveAsOf('', new Date('2022-09-14T10:00:00Z'))).toBe('2022-09-14');
  });
});
