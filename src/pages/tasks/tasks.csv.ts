import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { toCsv } from '../../lib/data/export.ts';
import { TASK_LIST_COLUMNS, taskListRows } from '../../lib/pages/data-page.ts';
import { sortByDeadline, taskViews } from '../../lib/pages/task-views.ts';

export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return new Response(toCsv(TASK_LIST_COLUMNS, taskListRows(sortByDeadline(taskViews(site)), site.asOf)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
