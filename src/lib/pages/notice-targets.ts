import type { MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';
import { clauseRef, type ClauseRef } from '../notices/clause-index.ts';
import { noticeTargetCharts, type TargetCharts } from './charts.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';

/** A whole-jurisdiction target of a notice as its page shows it. */
export interface TargetView {
  target: TargetRow;
  clause?: ClauseRef;
  /** By due date. */
  milestones: MilestoneRow[];
  /** By report date. */
  progress: ProgressRow[];
  /** Its per-area breakdown, when the notice prints one. */
  areaTable?: AreaTable;
  /** Its trajectory and regional comparisons (noticeTargetCharts). */
  charts: TargetCharts;
}

/**
 * A target's per-area breakdown as printed: one row per area (each area once, in printed order),
 * one column per printed column — the area targets' titles, e.g. 2020年省厅下达闲置土地任务基数：
 * 2021年完成任务量 and 2020年内网新增闲置土地数：2021年完成任务量 — so that two figures of one
 * area are never shown side by side without saying which is which.
 */
export interface AreaTable {
  columns: Array<{ title: string; unit: string }>;
  rows: Array<{ area: string; cells: Array<TargetRow | undefined> }>;
  /** Per column: the sum of its figures, and how many areas have one. */
  totals: Array<{ sum: number; areas: number }>;
}

export function areaTable(areas: readonly TargetRow[]): AreaTable {
  const columns = [...new Map(areas.map((area) => [area.title, { title: area.title, unit: area.unit }])).values()];
  const names = [...new Set(areas.map((area) => area.area ?? area.id))];
  const rows = names.map((name) => ({
    area: name,
    cells: columns.map((column) => areas.find((area) => (area.area ?? area.id) === name && area.title === column.title)),
  }));
  const totals = columns.map((_column, index) => {
    const values = rows.flatMap((row) => (row.cells[index] ? [row.cells[index].value] : []));
    return { sum: values.reduce((sum, value) => sum + value, 0), areas: values.length };
  });
  return { columns, rows, totals };
}

/** The whole-jurisdiction targets of a notice (those without a parent), in file order. */
export function noticeTargets(site: SiteData, notice: NoticeListItem): TargetView[] {
  const index = siteIndex(site);
  const clauses = site.clauses[notice.id] ?? [];
  const own = index.targetsByNotice.get(notice.id) ?? [];
  const charts = noticeTargetCharts(site, notice);
  return own
    .filter((target) => target.parent === undefined)
    .map((target): TargetView => {
      const clause = target.clause === undefined ? undefined : clauseRef(clauses, target.clause);
      const areas = own.filter((area) => area.parent === target.id);
      return {
        target,
        ...(clause ? { clause } : {}),
        milestones: [...(index.milestonesByTarget.get(target.id) ?? [])].sort((a, b) => a.due.localeCompare(b.due)),
        progress: [...(index.progressByTarget.get(target.id) ?? [])].sort((a, b) => a.as_of.localeCompare(b.as_of)),
        ...(areas.length > 0 ? { areaTable: areaTable(areas) } : {}),
        charts: charts[target.id] ?? { regional: [] },
      };
    });
}
