import { createUnitResolver } from '../data/units.ts';
import { jurisdictionOf } from '../notices/frontmatter.ts';
import { clauseRef, type ClauseRef } from '../notices/clause-index.ts';
import { STATUS_KEYS, taskStatus, type TaskReport, type TaskStatus } from '../tasks/status.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';
import { compareIds, compareIsoDates } from '../text/order.ts';

/** Roles in the order the notices use them. */
export const ROLE_LABELS = { lead: '牵头单位', responsible: '责任单位', cooperating: '配合单位', guiding: '指导单位' } as const;
export type Role = keyof typeof ROLE_LABELS;
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** A unit named in a task, resolved to its page when it is in the units table. */
export interface UnitRef {
  printed: string;
  unitId?: string;
}

/** A task with everything a table row shows. */
export interface TaskView {
  id: string;
  notice: { id: string; docNumber: string; title: string; jurisdiction: string };
  clause: ClauseRef;
  title: string;
  deadline?: string;
  deadlineText?: string;
  status: TaskStatus;
  statusKey: string;
  /** The reports on the task, every date (the status counts those up to `site.asOf`). */
  reports: TaskReport[];
  roles: Array<{ role: Role; label: string; units: UnitRef[] }>;
  /** Ids of every resolved unit of the task, any role. */
  unitIds: string[];
  note?: string;
}

const allTaskViews = new WeakMap<SiteData, TaskView[]>();

/** The views of every task of the site, built once per `site`, each status computed against `site.asOf`. */
export function taskViews(site: SiteData): TaskView[] {
  const cached = allTaskViews.get(site) ?? buildTaskViews(site);
  allTaskViews.set(site, cached);
  return cached;
}

function buildTaskViews(site: SiteData): TaskView[] {
  const resolver = createUnitResolver(site.units);
  const notices = new Map<string, NoticeListItem>(site.notices.map((notice) => [notice.id, notice]));
  const updates = Map.groupBy(site.taskUpdates, (update) => update.task);
  return site.tasks.flatMap((task): TaskView[] => {
    const notice = notices.get(task.notice);
    if (!notice) return [];
    const jurisdiction = jurisdictionOf(notice.frontmatter);
    const clause = clauseRef(site.clauses[task.notice] ?? [], task.clause);
    const reports = (updates.get(task.id) ?? []).map((update): TaskReport => ({ as_of: update.as_of, state: update.state }));
    const status = taskStatus(task.deadline, reports, site.asOf);
    const roles = ROLES.filter((role) => task[role].length > 0).map((role) => ({
      role,
      label: ROLE_LABELS[role],
      units: task[role].map((printed): UnitRef => {
        const unit = resolver.resolve(jurisdiction, printed);
        return unit ? { printed, unitId: unit.id } : { printed };
      }),
    }));
    return [
      {
        id: task.id,
        notice: { id: notice.id, docNumber: notice.frontmatter.docNumber, title: notice.frontmatter.title, jurisdiction },
        clause,
        title: task.title,
        ...(task.deadline ? { deadline: task.deadline } : {}),
        ...(task.deadline_text ? { deadlineText: task.deadline_text } : {}),
        ...(task.note ? { note: task.note } : {}),
        status,
        statusKey: STATUS_KEYS[status],
        reports,
        roles,
        unitIds: [...new Set(roles.flatMap((role) => role.units.flatMap((unit) => (unit.unitId ? [unit.unitId] : []))))],
      },
    ];
  });
}

/** Tasks ordered by deadline (tasks without one last), then by notice and clause order. */
export function sortByDeadline(tasks: readonly TaskView[]): TaskView[] {
  return [...tasks].sort((a, b) => compareIsoDates(a.deadline ?? '9999', b.deadline ?? '9999') || compareIds(a.id, b.id));
}
