import { describe, expect, it } from 'vitest';
import { countStatuses, decodeTaskReports, encodeTaskReports, isIsoDate, statusBasis } from '../../src/lib/tasks/as-of.ts';
import { decodeReportEntries, describeLatestReport, describeReports, encodeReportEntries, summarizeReports } from '../../src/lib/tasks/report-note.ts';
import type { TaskReport } from '../../src/lib/tasks/status.ts';

const going = (as_of: string): TaskReport => ({ as_of, state: '进行中' });
const done = (as_of: string): TaskReport => ({ as_of, state: '已完成' });

describe('statuses for a date the reader picks', () => {
  it('reads only real ISO dates', () => {
    expect(['2023-12-31', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2023-02-29', '2023/12/31', '', null, '2023-12-31x'].some(isIsoDate)).toBe(false);
  });

  it('encodes reports for an attribute and back', () => {
    const reports = [going('2022-09-20'), done('2022-10-01')];
    expect(encodeTaskReports(reports)).toBe('2022-09-20:进行中;2022-10-01:已完成');
    expect(decodeTaskReports(encodeTaskReports(reports))).toEqual(reports);
    expect(decodeTaskReports(undefined)).toEqual([]);
  });

  it('counts statuses from a compact basis exactly as task by task', () => {
    const tasks = [
      { deadline: '2022-09-15', reports: [] },
      { deadline: '2022-09-15', reports: [] },
      { deadline: undefined, reports: [] },
      { deadline: '2022-12-31', reports: [going('2022-09-20')] },
      { deadline: '2022-09-30', reports: [going('2022-09-20'), done('2022-10-15')] },
    ];
    const basis = statusBasis(tasks);
    expect(basis).toEqual({
      d: { '2022-09-15': 2, '': 1 },
      r: [
        ['2022-12-31', '2022-09-20:进行中'],
        ['2022-09-30', '2022-09-20:进行中;2022-10-15:已完成'],
      ],
    });
    expect(countStatuses(basis, '2022-09-01')).toEqual({ 已完成: 0, 进行中: 0, 暂无进展报告: 5, '已过期限，尚未报告完成': 0, '已过期限，暂无进展报告': 0 });
    expect(countStatuses(basis, '2022-10-01')).toEqual({ 已完成: 0, 进行中: 1, 暂无进展报告: 1, '已过期限，尚未报告完成': 1, '已过期限，暂无进展报告': 2 });
    expect(countStatuses(basis, '2022-10-15')).toEqual({ 已完成: 1, 进行中: 1, 暂无进展报告: 1, '已过期限，尚未报告完成': 0, '已过期限，暂无进展报告': 2 });
  });

  it('says the reports held up to the chosen date, and that the date was chosen', () => {
    const entries = [
      { as_of: '2022-09-14', kind: 'target' as const, source: '甲' },
      { as_of: '2022-10-01', kind: 'task' as const, source: '乙' },
    ];
    expect(describeReports(summarizeReports(entries, '2022-09-30'), '2022-09-30', 'chosen')).toBe(
      '截至统计日，本站收录任务进展报告 0 条、目标进展数字 1 条（来自甲）。状态只说明本站是否收录了报告，不说明工作是否开展或完成。统计日 2022年9月30日 是你选择的日期。',
    );
  });

  it('encodes report entries compactly, each source once, and back', () => {
    const entries = [
      { as_of: '2022-09-14', kind: 'target' as const, source: '甲' },
      { as_of: '2022-09-14', kind: 'target' as const, source: '甲' },
      { as_of: '2022-10-01', kind: 'task' as const, source: '乙\n报告' },
    ];
    const encoded = encodeReportEntries(entries);
    expect(encoded).toEqual({ sources: '甲\n乙 报告', entries: '2022-09-14 g 0 2;2022-10-01 t 1 1' });
    expect(decodeReportEntries(encoded.sources, encoded.entries)).toEqual([entries[0], entries[1], { ...entries[2], source: '乙 报告' }]);
    expect(decodeReportEntries(undefined, '')).toEqual([]);
  });

  it("gives each target's latest report as of the date, or says there is none", () => {
    const reports: Array<[string, number, string, string]> = [
      ['2022-09-14', 48.2, '亩', '安政办发〔2022〕50号'],
      ['2022-09-14', 37.8, '%', '安政办发〔2022〕50号'],
      ['2022-11-30', 127.53, '亩', '自然资源局报告'],
    ];
    expect(describeLatestReport(reports, '2022-10-01')).toBe('截至统计日，最近一次报告（2022年9月14日）：48.2亩、37.8%，出处：安政办发〔2022〕50号。');
    expect(describeLatestReport(reports, '2022-12-31')).toBe('截至统计日，最近一次报告（2022年11月30日）：127.53亩，出处：自然资源局报告。');
    expect(describeLatestReport(reports, '2022-09-13')).toBe('截至统计日，本站没有这个目标的进展报告。');
  });
});
