/**
 * The sentence every page with statuses shows: how many reports the site holds and from whom,
 * that a status says only that, and what the 统计日 is. Pure, so the page script can say it again
 * for a date the reader picks.
 */
import { formatDateZh, formatQuantity } from '../format.ts';

/** One report the site holds: on a task (data/task-updates/) or a target (data/progress/), with who published it. */
export interface ReportEntry {
  as_of: string;
  kind: 'task' | 'target';
  /** The document number of a notice on the site, or the source as entered. */
  source: string;
}

/** What the site holds as reports for a set of tasks and targets, as of a date. */
export interface ReportSummary {
  taskReports: number;
  targetReports: number;
  /** Who published them, in order of first row. */
  sources: string[];
}

export function summarizeReports(entries: readonly ReportEntry[], asOf: string): ReportSummary {
  const known = entries.filter((entry) => entry.as_of <= asOf);
  return {
    taskReports: known.filter((entry) => entry.kind === 'task').length,
    targetReports: known.filter((entry) => entry.kind === 'target').length,
    sources: [...new Set(known.map((entry) => entry.source))],
  };
}

/**
 * The entries as two attribute values, so that a date the reader picks can say the sentence again
 * (src/client/as-of.ts): each source once, one per line; entries `2022-09-14 g 0 2` (date, t for a
 * task or g for a target, the source's line, how many such reports), `;`-separated. At 1,000 notices
 * the site's 400 target figures from 200 sources are about 7 KB.
 */
export function encodeReportEntries(entries: readonly ReportEntry[]): { sources: string; entries: string } {
  const sources: string[] = [];
  const lines = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const source = entry.source.replace(/\s*\n\s*/gu, ' ');
    if (!lines.has(source)) lines.set(source, sources.push(source) - 1);
    const key = `${entry.as_of} ${entry.kind === 'task' ? 't' : 'g'} ${lines.get(source)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { sources: sources.join('\n'), entries: [...counts].map(([key, count]) => `${key} ${count}`).join(';') };
}

export function decodeReportEntries(sources: string | undefined, entries: string | undefined): ReportEntry[] {
  const names = (sources ?? '').split('\n');
  return (entries ?? '')
    .split(';')
    .filter(Boolean)
    .flatMap((item) => {
      const [as_of = '', kind, line, count] = item.split(' ');
      return Array.from({ length: Number(count) || 0 }, (): ReportEntry => ({
        as_of,
        kind: kind === 't' ? 'task' : 'target',
        source: names[Number(line)] ?? '',
      }));
    });
}

/** Where the 统计日 comes from: the build date, a date pinned for the build (SITE_AS_OF), or one the reader chose. */
export type AsOfKind = 'build' | 'pinned' | 'chosen';

/** Sources named in the sentence; more are counted, not listed (they are all in the downloads). */
const SOURCES_SHOWN = 3;

/** `截至统计日，本站收录任务进展报告 0 条、目标进展数字 2 条（来自安政办发〔2022〕50号）。…` */
export function describeReports(summary: ReportSummary, asOf: string, kind: AsOfKind, withTargets = true): string {
  const counts = withTargets ? `任务进展报告 ${summary.taskReports} 条、目标进展数字 ${summary.targetReports} 条` : `任务进展报告 ${summary.taskReports} 条`;
  const shown = summary.sources.slice(0, SOURCES_SHOWN).join('、');
  const from = summary.sources.length === 0 ? '' : `（来自${shown}${summary.sources.length > SOURCES_SHOWN ? `等 ${summary.sources.length} 个来源` : ''}）`;
  const what = { build: '是本站生成的日期', pinned: '是生成本站时指定的日期，不一定是今天', chosen: '是你选择的日期' }[kind];
  return `截至统计日，本站收录${counts}${from}。状态只说明本站是否收录了报告，不说明工作是否开展或完成。统计日 ${formatDateZh(asOf)} ${what}。`;
}

/** A reported value of a target, compact for a page attribute: [as_of, value, unit, source]. */
export type TargetReportEntry = [string, number, string, string];

/**
 * `截至统计日，最近一次报告（2022年9月14日）：48.2亩、37.8%，出处：安政办发〔2022〕50号。`
 * — every value reported on the latest date on or before `asOf`, or that there is none.
 */
export function describeLatestReport(reports: readonly TargetReportEntry[], asOf: string): string {
  const known = reports.filter(([date]) => date <= asOf);
  const latest = known.reduce((last, [date]) => (date > last ? date : last), '');
  if (!latest) return '截至统计日，本站没有这个目标的进展报告。';
  const same = known.filter(([date]) => date === latest);
  const values = same.map(([, value, unit]) => formatQuantity(value, unit)).join('、');
  return `截至统计日，最近一次报告（${formatDateZh(latest)}）：${values}，出处：${[...new Set(same.map(([, , , source]) => source))].join('、')}。`;
}
