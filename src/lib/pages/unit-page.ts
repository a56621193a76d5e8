import type { UnitRow } from '../data/tables.ts';
import { statusNote, type StatusNote } from './report-summary.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';
import { sortOldestFirst } from './notice-list.ts';
import { needsSplit, partRows, splitIntoParts } from './paging.ts';
import { ROLE_LABELS, ROLES, sortByDeadline, type Role, type TaskView } from './task-views.ts';

/** One unit's involvement: its tasks by role, and the group memberships of its officers. */
export interface UnitPageData {
  unit: UnitRow;
  tasksByRole: Array<{ role: Role; label: string; tasks: TaskView[] }>;
  /** How many tasks name the unit, in any role (a task in two roles counts once). */
  taskCount: number;
  /** What the site holds as reports on those tasks (no targets: a unit page lists tasks only). */
  note: StatusNote;
  memberships: Array<{ groupId: string; groupName: string; noticeId: string; docNumber: string; role: string; name: string; position: string }>;
}

/**
 * Builds a unit page. Group memberships are those whose printed position names the unit
 * (its name or an alias) in a notice of the unit's jurisdiction, e.g. 自然资源局局长.
 */
export function buildUnitPage(site: SiteData, unit: UnitRow): UnitPageData {
  const index = siteIndex(site);
  const tasks = index.tasksByUnit.get(unit.id) ?? [];
  const tasksByRole = ROLES.map((role) => ({
    role,
    label: ROLE_LABELS[role],
    tasks: sortByDeadline(tasks.filter((task) => task.roles.some((entry) => entry.role === role && entry.units.some((ref) => ref.unitId === unit.id)))),
  })).filter((entry) => entry.tasks.length > 0);

  const names = [unit.name, ...unit.aliases].filter((name) => name.length >= 3 && unit.kind !== '统称');
  const memberships = (index.membersByJurisdiction.get(unit.jurisdiction) ?? [])
    .filter((member) => names.some((name) => member.position.includes(name)))
    .map((member) => {
      const group = index.groupById.get(member.group)!;
      const notice = index.noticeById.get(group.notice)!;
      return {
        groupId: group.id,
        groupName: group.name,
        noticeId: notice.id,
        docNumber: notice.frontmatter.docNumber,
        role: member.role,
        name: member.name,
        position: member.position,
      };
    });
  const note = statusNote(site, { tasks: tasks.map((task) => task.id) }, false);
  return { unit, tasksByRole, taskCount: tasks.length, note, memberships };
}

/** One part of a unit's split task list: the unit's tasks in consecutive notices (oldest first), by role. */
export interface UnitTaskPart {
  number: number;
  taskCount: number;
  tasksByRole: UnitPageData['tasksByRole'];
  /** Issue dates of the part's oldest and newest notices. */
  first: string;
  last: string;
}

export interface UnitMembershipPart {
  number: number;
  memberships: UnitPageData['memberships'];
  first: string;
  last: string;
}

/**
 * The parts of a unit page whose tasks or memberships do not fit in one page (`budget` rows each):
 * empty lists when they fit, and then the unit page shows them whole.
 */
export function unitPageParts(site: SiteData, page: UnitPageData, budget = partRows()): { tasks: UnitTaskPart[]; memberships: UnitMembershipPart[] } {
  const { noticeById, tasksByUnit } = siteIndex(site);
  const issued = (noticeId: string) => noticeById.get(noticeId)?.frontmatter.issued ?? '';
  const order = new Map(sortOldestFirst(site.notices).map((notice, index) => [notice.id, index]));
  const oldestFirst = <T>(rows: readonly T[], noticeOf: (row: T) => string) =>
    rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => (order.get(noticeOf(a.row)) ?? 0) - (order.get(noticeOf(b.row)) ?? 0) || a.index - b.index)
      .map((entry) => entry.row);
  // A row per task and role: a task in two roles is in two tables of the page.
  const rows = page.tasksByRole.reduce((sum, entry) => sum + entry.tasks.length, 0);
  const roleRows = (task: TaskView) => task.roles.filter((entry) => entry.units.some((ref) => ref.unitId === page.unit.id)).map(() => task);
  const tasks = needsSplit(rows, budget)
    ? splitIntoParts(oldestFirst(tasksByUnit.get(page.unit.id) ?? [], (task) => task.notice.id).flatMap(roleRows), budget, (task) => task.notice.id).map(
        (part) => {
          const ids = new Set(part.items.map((task) => task.id));
          return {
            number: part.number,
            taskCount: ids.size,
            tasksByRole: page.tasksByRole
              .map((entry) => ({ ...entry, tasks: entry.tasks.filter((task) => ids.has(task.id)) }))
              .filter((entry) => entry.tasks.length > 0),
            first: issued(part.items[0]!.notice.id),
            last: issued(part.items.at(-1)!.notice.id),
          };
        },
      )
    : [];
  const memberships = needsSplit(page.memberships.length, budget)
    ? splitIntoParts(
        oldestFirst(page.memberships, (entry) => entry.noticeId),
        budget,
        (entry) => entry.noticeId,
      ).map((part) => ({ number: part.number, memberships: part.items, first: issued(part.items[0]!.noticeId), last: issued(part.items.at(-1)!.noticeId) }))
    : [];
  return { tasks, memberships };
}
