import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/data/export.ts';
import { allTables } from '../../lib/data/tables.ts';

export const GET: APIRoute = () => Response.json(dataPackage(allTables, (table) => `${table.name}.csv`));
