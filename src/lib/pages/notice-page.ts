import type { GroupMemberRow } from '../data/tables.ts';
import { clauseRef, type ClauseRef } from '../notices/clause-index.ts';
import type { SitePaths } from '../paths.ts';
import { lastChanged, lastChangedWhere, type ContentChange } from '../project/git-history.ts';
import { normalizeDocNumber } from '../text/docnumber.ts';
import { noticeTaskCharts, type NoticeTaskCharts } from './charts.ts';
import { contentsSize, noticeContents, type ContentsEntry, type TextHeading } from './notice-contents.ts';
import type { NoticeListItem } from './notice-list.ts';
import { noticeMeta, noticeSearchFilters, type NoticeMeta, type NoticeSearchFilters } from './notice-meta.ts';
import { noticeRegionalTables, type RegionalTableSection } from './notice-regional.ts';
import { noticeTargets, type TargetView } from './notice-targets.ts';
import { statusNote, type StatusNote } from './report-summary.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';
import type { TaskView } from './task-views.ts';
import { taskListPathOf } from './task-list.ts';

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
  /** The status bar and deadline lane of the tasks. */
  taskCharts: NoticeTaskCharts;
  /** The task list (or its part that holds this notice's tasks), filtered to this notice. */
  taskListHref: string;
  /** What the site holds as reports on the notice's tasks and targets. */
  note: StatusNote;
  targets: TargetView[];
  groups: GroupView[];
  citations: CitationView[];
  /** Per-area tables printed in the notice, with the checks of their figures. */
  regionalTables: RegionalTableSection[];
}

/**
 * Builds the data of one notice page, so that its components only render.
 * @param headings the headings of the rendered text, as Astro reports them
 */
export function buildNoticePage(notice: NoticeListItem, site: SiteData, paths: SitePaths, headings: readonly TextHeading[] = []): NoticePageData {
  const clauses = site.clauses[notice.id] ?? [];
  const fm = notice.frontmatter;
  const index = siteIndex(site);
  const tasks = [...(index.tasksByNotice.get(notice.id) ?? [])];

  const targets = noticeTargets(site, notice);

  const groupsOfNotice = index.groupsByNotice.get(notice.id) ?? [];
  const groups = groupsOfNotice.map((group): GroupView => {
    const clause = group.clause === undefined ? undefined : clauseRef(clauses, group.clause);
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

  const regionalTables = noticeRegionalTables(site, notice.id);

  const updated = {
    text: lastChanged(site.history, `content/notices/${notice.id}.mdx`),
    data: lastChangedWhere(site.history, (path) => path.startsWith('data/') && path.endsWith(`/${notice.id}.csv`)),
  };

  const entries = noticeContents(headings);
  const taskListPath = taskListPathOf(site, paths);
  return {
    updated,
    meta: noticeMeta(fm),
    search: noticeSearchFilters(fm),
    contents: { entries, size: contentsSize(entries) },
    tasks,
    taskCharts: noticeTaskCharts(notice.id, tasks, paths, taskListPath),
    taskListHref: `${taskListPath(notice.id)}?notice=${encodeURIComponent(notice.id)}`,
    note: statusNote(site, { notices: [notice.id] }),
    targets,
    groups,
    citations,
    regionalTables,
  };
}
