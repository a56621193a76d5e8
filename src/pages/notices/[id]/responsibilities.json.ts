import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { toJsonRows } from '../../../lib/data/export.ts';
import { matrixTable } from '../../../lib/pages/data-page.ts';

export const getStaticPaths = (async () => (await loadSiteData()).notices.map((notice) => ({ params: { id: notice.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { columns, rows } = matrixTable(await loadSiteData(), params.id ?? '');
  return Response.json(toJsonRows(columns, rows));
};
