import type { UnitRow } from '../data/tables.ts';
import { statusNote, type StatusNote } from './report-summary.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';
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
