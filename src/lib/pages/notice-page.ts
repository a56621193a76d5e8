import { createUnitResolver } from '../data/units.ts';
import type { GroupMemberRow, MilestoneRow, ProgressRow, TargetRow } from '../data/tables.ts';
import { formatDateZh } from '../format.ts';
import { jurisdictionOf } from '../notices/frontmatter.ts';
import { normalizeDocNumber } from '../text/docnumber.ts';
import type { NoticeListItem } from './notice-list.ts';
import type { SiteData } from './site-data.ts';

/** A clause anchor of the rendered text (from the clause plugin). */
export interface ClauseRef {
  id: string;
  label: string;
}

/** A unit named in a task, resolved to its page when it is in the units table. */
export interface UnitRef {
  printed: string;
  unitId?: string;
}

/** Roles in the order the notices use them. */
export const ROLE_LABELS = { lead: '牵头单位', responsible: '责任单位', cooperating: '配合单位', guiding: '指导单位' } as const;
export type Role = keyof typeof ROLE_LABELS;

export interface NoticeTaskView {
  id: string;
  clause: ClauseRef;
  title: string;
  deadline?: string;
  deadlineText?: string;
  roles: Array<{ role: Role; label: string; units: UnitRef[] }>;
  note?: string;
}

export interface TargetView {
  target: TargetRow;
  clause?: ClauseRef;
  milestones: MilestoneRow[];
  progress: ProgressRow[];
  /** Per-area breakdown targets. */
  areas: TargetRow[];
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
  meta: Array<{ label: string; value: string }>;
  tasks: NoticeTaskView[];
  targets: TargetView[];
  groups: GroupView[];
  citations: CitationView[];
}

const clauseRef = (clauses: readonly ClauseRef[], id: string | undefined): ClauseRef | undefined =>
  id === undefined ? undefined : (clauses.find((clause) => clause.id === id) ?? { id, label: id });

/** Builds the data of one notice page, so that its components only render. */
export function buildNoticePage(notice: NoticeListItem, site: SiteData, clauses: readonly ClauseRef[]): NoticePageData {
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

  const resolver = createUnitResolver(site.units);
  const jurisdiction = jurisdictionOf(fm);
  const tasks = site.tasks
    .filter((task) => task.notice === notice.id)
    .map((task): NoticeTaskView => ({
      id: task.id,
      clause: clauseRef(clauses, task.clause) ?? { id: task.clause, label: task.clause },
      title: task.title,
      ...(task.deadline ? { deadline: task.deadline } : {}),
      ...(task.deadline_text ? { deadlineText: task.deadline_text } : {}),
      ...(task.note ? { note: task.note } : {}),
      roles: (Object.keys(ROLE_LABELS) as Role[])
        .filter((role) => task[role].length > 0)
        .map((role) => ({
          role,
          label: ROLE_LABELS[role],
          units: task[role].map((printed) => {
            const unit = resolver.resolve(jurisdiction, printed);
            return unit ? { printed, unitId: unit.id } : { printed };
          }),
        })),
    }));

  const ownTargets = site.targets.filter((target) => target.notice === notice.id);
  const targets = ownTargets
    .filter((target) => target.parent === undefined)
    .map((target): TargetView => {
      const clause = clauseRef(clauses, target.clause);
      return {
        target,
        ...(clause ? { clause } : {}),
        milestones: site.milestones.filter((milestone) => milestone.target === target.id).sort((a, b) => a.due.localeCompare(b.due)),
        progress: site.progress.filter((report) => report.target === target.id).sort((a, b) => a.as_of.localeCompare(b.as_of)),
        areas: ownTargets.filter((area) => area.parent === target.id),
      };
    });

  const groupsOfNotice = site.groups.filter((group) => group.notice === notice.id);
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
      members: site.groupMembers.filter((member) => member.group === group.id).sort((a, b) => a.order - b.order),
    };
  });

  const byNumber = new Map(site.notices.map((other) => [normalizeDocNumber(other.frontmatter.docNumber), other.id]));
  const citations = fm.cites.map((cite): CitationView => {
    const noticeId = cite.docNumber ? byNumber.get(normalizeDocNumber(cite.docNumber)) : undefined;
    return { ...cite, ...(noticeId ? { noticeId } : {}) };
  });

  return { meta, tasks, targets, groups, citations };
}
