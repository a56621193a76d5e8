import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { peopleIndex } from '../../lib/pages/task-views.ts';

export const GET: APIRoute = async () => Response.json(peopleIndex(await loadSiteData()));
