import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { toCsv } from '../../../lib/data/export.ts';
import type { TableSpec } from '../../../lib/data/tables.ts';
import { perNoticeTables, rowsOfNotice } from '../../../lib/pages/data-page.ts';

// One file per table and notice, for the download links under each table of a notice page.
export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  return perNoticeTables.flatMap((table) => site.notices.map((notice) => ({ params: { table: table.name, notice: notice.id }, props: { table, noticeId: notice.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableSpec; noticeId: string }> = async ({ props }) =>
  new Response(toCsv(props.table.columns, rowsOfNotice(await loadSiteData(), props.table, props.noticeId)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
