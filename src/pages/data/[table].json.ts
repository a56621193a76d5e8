import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { toJsonRows } from '../../lib/data/export.ts';
import { allTables, type TableSpec } from '../../lib/data/tables.ts';
import { rowsOfTable } from '../../lib/pages/data-page.ts';

export const getStaticPaths = (() => allTables.map((table) => ({ params: { table: table.name }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableSpec }> = async ({ props }) =>
  Response.json(toJsonRows(props.table.columns, rowsOfTable(await loadSiteData(), props.table)));
