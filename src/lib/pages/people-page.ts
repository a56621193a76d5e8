import { jurisdictionOf } from '../notices/frontmatter.ts';
import { compareZh } from '../text/order.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';
import { sortOldestFirst } from './notice-list.ts';
import { needsSplit, partRows, splitIntoParts, type Part } from './paging.ts';

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

/** One appointment of a person (PersonView). */
export type Appointment = PersonView['appointments'][number];

/**
 * Whether the people index is too long for one page (more than `budget` appointments): then
 * /people/ lists each person once, with links to a page per person (src/pages/people/[key]/).
 */
export function peopleIndexSplit(people: readonly PersonView[], budget = partRows()): boolean {
  return needsSplit(
    people.reduce((sum, person) => sum + person.appointments.length, 0),
    budget,
  );
}

const orders = new WeakMap<SiteData, Map<string, number>>();
/** Each notice's place in the oldest-first order (sortOldestFirst), built once per site. */
function noticeOrder(site: SiteData): Map<string, number> {
  const order = orders.get(site) ?? new Map(sortOldestFirst(site.notices).map((notice, index) => [notice.id, index]));
  orders.set(site, order);
  return order;
}

/** A person's appointments oldest notice first, in parts of at most `budget` (one part when they fit). */
export function appointmentParts(site: SiteData, person: PersonView, budget = partRows()): Array<Part<Appointment>> {
  const order = noticeOrder(site);
  const appointments = person.appointments
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (order.get(a.entry.noticeId) ?? 0) - (order.get(b.entry.noticeId) ?? 0) || a.index - b.index)
    .map(({ entry }) => entry);
  return needsSplit(appointments.length, budget) ? splitIntoParts(appointments, budget, (entry) => entry.noticeId) : [{ number: 1, items: appointments }];
}

/** The appointment in the person's newest notice (the last in notice order), for the index. */
export function newestAppointment(site: SiteData, person: PersonView): Appointment | undefined {
  return appointmentParts(site, person, Number.MAX_SAFE_INTEGER)[0]?.items.at(-1);
}
