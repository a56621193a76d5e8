import type { GroupMemberRow, MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';
import { normalizeDocNumber } from '../text/docnumber.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { noticeMeta, noticeSearchFilters, type NoticeMeta, type NoticeSearchFilters } from './notice-meta.ts';
import { contentsSize, noticeContents, type ContentsEntry, type TextHeading } from './notice-contents.ts';
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
  meta: NoticeMeta;
  search: NoticeSearchFilters;
  /** The contents of the text, from its headings, and how many entries it has at both levels. */
  contents: { entries: ContentsEntry[]; size: number };
  tasks: TaskView[];
  targets: TargetView[];
  groups: GroupView[];
  citations: CitationView[];
  /** Per-area tables printed in the notice, with the checks of their figures. */
  regionalTables: Array<{ view: RegionalTableView; findings: ConsistencyFinding[] }>;
}

const clauseRef = (clauses: readonly ClauseRef[], id: string | undefined): ClauseRef | undefined =>
  id === undefined ? undefined : (clauses.find((clause) => clause.id === id) ?? { id, label: id });

/**
 * Builds the data of one notice page, so that its components only render.
 * @param headings the headings of the rendered text, as Astro reports them
 */
export function buildNoticePage(notice: NoticeListItem, site: SiteData, headings: readonly TextHeading[] = []): NoticePageData {
  const clauses = site.clauses[notice.id] ?? [];
  const fm = notice.frontmatter;
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

  const entries = noticeContents(headings);
  return { updated, meta: noticeMeta(fm), search: noticeSearchFilters(fm), contents: { entries, size: contentsSize(entries) }, tasks, targets, groups, citations, regionalTables };
}
