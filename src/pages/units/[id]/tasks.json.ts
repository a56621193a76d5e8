import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { toJsonRows } from '../../../lib/data/export.ts';
import { TASK_LIST_COLUMNS, taskListRows } from '../../../lib/pages/data-page.ts';
import { sortByDeadline, taskViews } from '../../../lib/pages/task-views.ts';

export const getStaticPaths = (async () => (await loadSiteData()).units.map((unit) => ({ params: { id: unit.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSiteData();
  const tasks = sortByDeadline(taskViews(site).filter((task) => task.unitIds.includes(params.id ?? '')));
  return Response.json(toJsonRows(TASK_LIST_COLUMNS, taskListRows(tasks, site.asOf)));
};
