import type { GroupMemberRow, MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';
import { formatDateZh } from '../format.ts';
import { normalizeDocNumber } from '../text/docnumber.ts';
import { describeValidity, validityLabel, type NoticeListItem } from './notice-list.ts';
import { validityOf } from '../notices/frontmatter.ts';
import type { SiteData } from './site-data.ts';
import { checkRegionalTable, regionalTableView, type ConsistencyFinding, type RegionalTableView } from '../consistency/regional-checks.ts';
import type { TaskView } from './task-views.ts';
import { siteIndex } from './site-index.ts';
import { lastChanged, lastChangedWhere, type ContentChange } from '../project/git-history.ts';

import type { ClauseRef } from '../notices/clause-index.ts';

export interface TargetView {
  target: TargetRow;
  clause?: ClauseRef;
  milestones: MilestoneRow[];
  progress: ProgressRow[];
  /** Per-area breakdown targets. */
  areas: TargetRow[];
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
}

export function areaTable(areas: readonly TargetRow[]): AreaTable {
  const columns = [...new Map(areas.map((area) => [area.title, { title: area.title, unit: area.unit }])).values()];
  const names = [...new Set(areas.map((area) => area.area ?? area.id))];
  return {
    columns,
    rows: names.map((name) => ({ area: name, cells: columns.map((column) => areas.find((area) => (area.area ?? area.id) === name && area.title === column.title)) })),
  };
}

export interface GroupView {
  id: string;
  name: string;
  clause?: ClauseRef;
  office?: string;
  duties?: string;
  parentName?: string;
  members: GroupMemberRow[];
}

export interface CitationView {
  docNumber?: string | undefined;
  printed?: string | undefined;
  title?: string | undefined;
  /** Id of the notice on this site, when published here. */
  noticeId?: string;
}

/** Everything a notice page shows besides its text. */
export interface NoticePageData {
  /** When the text and the data of this notice last changed (from git), if known. */
  updated: { text?: ContentChange | undefined; data?: ContentChange | undefined };
  meta: Array<{ label: string; value: string }>;
  tasks: TaskView[];
  targets: TargetView[];
  groups: GroupView[];
  citations: CitationView[];
  /** Per-area tables printed in the notice, with the checks of their figures. */
  regionalTables: Array<{ view: RegionalTableView; findings: ConsistencyFinding[] }>;
}

const clauseRef = (clauses: readonly ClauseRef[], id: string | undefined): ClauseRef | undefined =>
  id === undefined ? undefined : (clauses.find((clause) => clause.id === id) ?? { id, label: id });

/** Builds the data of one notice page, so that its components only render. */
export function buildNoticePage(notice: NoticeListItem, site: SiteData): NoticePageData {
  const clauses = site.clauses[notice.id] ?? [];
  const fm = notice.frontmatter;
  const meta: Array<{ label: string; value: string }> = [
    { label: '文号', value: fm.docNumber },
    { label: '发文机关', value: fm.issuer },
    { label: '成文日期', value: formatDateZh(fm.issued) },
  ];
  if (fm.printed) meta.push({ label: '印发日期', value: formatDateZh(fm.printed) });
  meta.push({ label: '地区', value: [fm.region.province, fm.region.city, fm.region.county].filter(Boolean).join(' ') });
  meta.push({ label: '层级', value: fm.level });
  meta.push({ label: '文种', value: fm.planType ? `${fm.docType}（印发${fm.planType}）` : fm.docType });
  if (fm.recipients) meta.push({ label: '主送', value: fm.recipients });
  if (fm.disclosure) meta.push({ label: '公开方式', value: fm.disclosure });
  if (fm.topics.length > 0) meta.push({ label: '主题', value: fm.topics.join('、') });
  // The short status is one line a phone always shows; the whole statement, with its source, follows it.
  const validity = validityOf(fm);
  meta.push({ label: '效力', value: validityLabel(validity) });
  meta.push({ label: '效力说明', value: describeValidity(validity) });

  const index = siteIndex(site);
  const tasks = [...(index.tasksByNotice.get(notice.id) ?? [])];

  const ownTargets = index.targetsByNotice.get(notice.id) ?? [];
  const targets = ownTargets
    .filter((target) => target.parent === undefined)
    .map((target): TargetView => {
      const clause = clauseRef(clauses, target.clause);
      return {
        target,
        ...(clause ? { clause } : {}),
        milestones: [...(index.milestonesByTarget.get(target.id) ?? [])].sort((a, b) => a.due.localeCompare(b.due)),
        progress: [...(index.progressByTarget.get(target.id) ?? [])].sort((a, b) => a.as_of.localeCompare(b.as_of)),
        areas: ownTargets.filter((area) => area.parent === target.id),
      };
    });

  const groupsOfNotice = index.groupsByNotice.get(notice.id) ?? [];
  const groups = groupsOfNotice.map((group): GroupView => {
    const clause = clauseRef(clauses, group.clause);
    const parentName = groupsOfNotice.find((candidate) => candidate.id === group.parent)?.name;
    return {
      id: group.id,
      name: group.name,
      ...(clause ? { clause } : {}),
      ...(group.office ? { office: group.office } : {}),
      ...(group.duties ? { duties: group.duties } : {}),
      ...(parentName ? { parentName } : {}),
      members: [...(index.membersByGroup.get(group.id) ?? [])].sort((a, b) => a.order - b.order),
    };
  });

  const citations = fm.cites.map((cite): CitationView => {
    const noticeId = cite.docNumber ? index.noticeIdByDocNumber.get(normalizeDocNumber(cite.docNumber)) : undefined;
    return { ...cite, ...(noticeId ? { noticeId } : {}) };
  });

  const cellsByTable = Map.groupBy(index.regionalByNotice.get(notice.id) ?? [], (cell) => cell.table);
  const regionalTables = [...cellsByTable.values()].map((cells) => {
    const view = regionalTableView(cells);
    return { view, findings: checkRegionalTable(view, site.regionalFormulas) };
  });

  const updated = {
    text: lastChanged(site.history, `content/notices/${notice.id}.mdx`),
    data: lastChangedWhere(site.history, (path) => path.startsWith('data/') && path.endsWith(`/${notice.id}.csv`)),
  };

  return { updated, meta, tasks, targets, groups, citations, regionalTables };
}
