import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { toJsonRows } from '../../../lib/data/export.ts';
import type { TableSpec } from '../../../lib/data/tables.ts';
import { perNoticeTables, rowsOfNotice } from '../../../lib/pages/data-page.ts';

export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  return perNoticeTables.flatMap((table) => site.notices.map((notice) => ({ params: { table: table.name, notice: notice.id }, props: { table, noticeId: notice.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableSpec; noticeId: string }> = async ({ props }) =>
  Response.json(toJsonRows(props.table.columns, rowsOfNotice(await loadSiteData(), props.table, props.noticeId)));
