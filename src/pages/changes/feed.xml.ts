import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';
import { siteFeedXml } from '../../lib/feeds/feeds.ts';
import { sitePaths } from '../../lib/paths.ts';
import { siteOrigin } from '../../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const xml = siteFeedXml(await loadSiteData(), sitePaths(import.meta.env.BASE_URL), siteOrigin(site));
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
