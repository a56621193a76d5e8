import type { UnitRow } from '../data/tables.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';
import { ROLE_LABELS, type Role, type TaskView, type UnitRef } from './task-views.ts';

/** Units × tasks of one notice with the role in each cell. */
export interface ResponsibilityMatrix {
  units: Array<{ id?: string; name: string }>;
  rows: Array<{ task: TaskView; cells: Array<Role | undefined> }>;
}

/** Builds a notice's responsibility matrix; units appear in order of first mention. */
export function responsibilityMatrix(tasks: readonly TaskView[], units: readonly UnitRow[]): ResponsibilityMatrix {
  const columns: Array<{ id?: string; name: string }> = [];
  const keyOf = (ref: UnitRef) => ref.unitId ?? `printed:${ref.printed}`;
  const seen = new Set<string>();
  for (const task of tasks) {
    for (const role of task.roles) {
      for (const ref of role.units) {
        if (seen.has(keyOf(ref))) continue;
        seen.add(keyOf(ref));
        const unit = units.find((candidate) => candidate.id === ref.unitId);
        columns.push(ref.unitId ? { id: ref.unitId, name: unit?.name ?? ref.printed } : { name: ref.printed });
      }
    }
  }
  const rows = tasks.map((task) => ({
    task,
    cells: columns.map(
      (column) => task.roles.find((role) => role.units.some((ref) => (column.id ? ref.unitId === column.id : ref.printed === column.name)))?.role,
    ),
  }));
  return { units: columns, rows };
}

/** The one- or two-character role a matrix cell shows; the legend spells each out. */
export const ROLE_SHORT: Readonly<Record<Role, string>> = { lead: '牵头', responsible: '责任', cooperating: '配合', guiding: '指导' };

/** A notice's responsibility matrix page (src/pages/notices/[id]/responsibilities.astro). */
export interface ResponsibilitiesPageData {
  matrix: ResponsibilityMatrix;
  /** `牵头＝牵头单位，责任＝责任单位，…`: what each cell's short role stands for. */
  legend: string;
}

/** The responsibility matrix of a notice's tasks (the page and its CSV/JSON download). */
export function noticeMatrix(site: SiteData, noticeId: string): ResponsibilityMatrix {
  return responsibilityMatrix(siteIndex(site).tasksByNotice.get(noticeId) ?? [], site.units);
}

export function buildResponsibilitiesPage(site: SiteData, noticeId: string): ResponsibilitiesPageData {
  return {
    matrix: noticeMatrix(site, noticeId),
    legend: (Object.entries(ROLE_LABELS) as Array<[Role, string]>).map(([role, label]) => `${ROLE_SHORT[role]}＝${label}`).join('，'),
  };
}
