import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { atomFeed } from '../../lib/pages/atom-feed.ts';
import { sitePaths } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = sitePaths(import.meta.env.BASE_URL);
  const origin = site ?? new URL('http://localhost/');
  const xml = atomFeed((await loadSiteData()).history, new URL(paths.home(), origin).href, new URL(paths.asset('changes/'), origin).href);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
