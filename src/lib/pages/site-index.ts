import type { GroupMemberRow, GroupRow, MilestoneRow, ProgressRow, RegionalRow, TargetRow, UnitRow } from '../data/tables.ts';
import { jurisdictionOf } from '../notices/frontmatter.ts';
import { normalizeDocNumber } from '../text/docnumber.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { taskViews, type TaskView } from './task-views.ts';

/**
 * The rows of a site grouped by what pages look them up by, built once per `SiteData`.
 * Every list keeps the order of `site` (file and line order). Page builders look rows up here rather
 * than filter whole tables per page, so that a build stays linear in the number of notices.
 */
export interface SiteIndex {
  noticeById: ReadonlyMap<string, NoticeListItem>;
  /** Notice id by normalised document number (see normalizeDocNumber). */
  noticeIdByDocNumber: ReadonlyMap<string, string>;
  unitById: ReadonlyMap<string, UnitRow>;
  /** Views of every task of a notice (statuses as of `site.asOf`). */
  tasksByNotice: ReadonlyMap<string, readonly TaskView[]>;
  targetsByNotice: ReadonlyMap<string, readonly TargetRow[]>;
  groupsByNotice: ReadonlyMap<string, readonly GroupRow[]>;
  regionalByNotice: ReadonlyMap<string, readonly RegionalRow[]>;
  milestonesByTarget: ReadonlyMap<string, readonly MilestoneRow[]>;
  progressByTarget: ReadonlyMap<string, readonly ProgressRow[]>;
  membersByGroup: ReadonlyMap<string, readonly GroupMemberRow[]>;
  /** Views of the tasks that name a unit in any role, by unit id (a task once per unit). */
  tasksByUnit: ReadonlyMap<string, readonly TaskView[]>;
  groupById: ReadonlyMap<string, GroupRow>;
  /** Group members by the jurisdiction of their group's notice; members of an unknown group or notice are left out. */
  membersByJurisdiction: ReadonlyMap<string, readonly GroupMemberRow[]>;
}

const indexes = new WeakMap<SiteData, SiteIndex>();

/** The index of `site`, built on first use and kept as long as `site` is. */
export function siteIndex(site: SiteData): SiteIndex {
  const cached = indexes.get(site);
  if (cached) return cached;
  const noticeById = new Map(site.notices.map((notice) => [notice.id, notice]));
  const groupById = new Map(site.groups.map((group) => [group.id, group]));
  const tasks = taskViews(site);
  const tasksByUnit = Map.groupBy(
    tasks.flatMap((task) => task.unitIds.map((unitId) => ({ unitId, task }))),
    (entry) => entry.unitId,
  );
  const jurisdictionOfMember = (member: GroupMemberRow) => {
    const notice = noticeById.get(groupById.get(member.group)?.notice ?? '');
    return notice ? jurisdictionOf(notice.frontmatter) : undefined;
  };
  const index: SiteIndex = {
    noticeById,
    noticeIdByDocNumber: new Map(site.notices.map((notice) => [normalizeDocNumber(notice.frontmatter.docNumber), notice.id])),
    unitById: new Map(site.units.map((unit) => [unit.id, unit])),
    tasksByNotice: Map.groupBy(tasks, (task) => task.notice.id),
    targetsByNotice: Map.groupBy(site.targets, (target) => target.notice),
    groupsByNotice: Map.groupBy(site.groups, (group) => group.notice),
    regionalByNotice: Map.groupBy(site.regional, (cell) => cell.notice),
    milestonesByTarget: Map.groupBy(site.milestones, (milestone) => milestone.target),
    progressByTarget: Map.groupBy(site.progress, (report) => report.target),
    membersByGroup: Map.groupBy(site.groupMembers, (member) => member.group),
    tasksByUnit: new Map([...tasksByUnit].map(([unitId, entries]) => [unitId, entries.map((entry) => entry.task)])),
    groupById,
    membersByJurisdiction: Map.groupBy(
      site.groupMembers.filter((member) => jurisdictionOfMember(member) !== undefined),
      (member) => jurisdictionOfMember(member)!,
    ),
  };
  indexes.set(site, index);
  return index;
}
