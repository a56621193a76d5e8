import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { toCsv } from '../../lib/data/export.ts';
import { peopleIndex } from '../../lib/pages/task-views.ts';

const COLUMNS = [{ name: 'name' }, { name: 'jurisdiction' }, { name: 'group' }, { name: 'group_name' }, { name: 'notice' }, { name: 'doc_number' }, { name: 'role' }, { name: 'position' }] as const;

/** One row per appointment of the people index. */
export const GET: APIRoute = async () => {
  const rows = peopleIndex(await loadSiteData()).flatMap((person) =>
    person.appointments.map((entry) => ({ name: person.name, jurisdiction: person.jurisdiction, group: entry.groupId, group_name: entry.groupName, notice: entry.noticeId, doc_number: entry.docNumber, role: entry.role, position: entry.position })),
  );
  return new Response(toCsv(COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
