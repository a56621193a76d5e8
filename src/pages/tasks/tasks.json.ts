import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { toJsonRows } from '../../lib/data/export.ts';
import { TASK_LIST_COLUMNS, taskListRows } from '../../lib/pages/data-page.ts';
import { sortByDeadline, taskViews } from '../../lib/pages/task-views.ts';

export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return Response.json(toJsonRows(TASK_LIST_COLUMNS, taskListRows(sortByDeadline(taskViews(site)), site.asOf)));
};
