import { jurisdictionOf } from '../notices/frontmatter.ts';
import { compareZh } from '../text/order.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';

/** A person named in leadership groups, with every group and notice. People are told apart by name within a jurisdiction. */
export interface PersonView {
  key: string;
  name: string;
  jurisdiction: string;
  appointments: Array<{ groupId: string; groupName: string; noticeId: string; docNumber: string; role: string; position: string }>;
}

/**
 * The people index (src/pages/people/index.astro and its downloads): everyone in the leadership groups,
 * sorted by jurisdiction then name; each person's appointments by group id, then in roster order.
 * Members of an unknown group or of a group of an unknown notice are left out.
 */
export function peopleIndex(site: SiteData): PersonView[] {
  const { noticeById, groupById } = siteIndex(site);
  const people = new Map<string, PersonView>();
  for (const member of [...site.groupMembers].sort((a, b) => a.group.localeCompare(b.group) || a.order - b.order)) {
    const group = groupById.get(member.group);
    const notice = group ? noticeById.get(group.notice) : undefined;
    if (!group || !notice) continue;
    const jurisdiction = jurisdictionOf(notice.frontmatter);
    const key = `${jurisdiction}-${member.name}`;
    const person = people.get(key) ?? { key, name: member.name, jurisdiction, appointments: [] };
    person.appointments.push({
      groupId: group.id,
      groupName: group.name,
      noticeId: notice.id,
      docNumber: notice.frontmatter.docNumber,
      role: member.role,
      position: member.position,
    });
    people.set(key, person);
  }
  return [...people.values()].sort((a, b) => compareZh(a.jurisdiction, b.jurisdiction) || compareZh(a.name, b.name));
}
