import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../site-data.ts';
import { feedXml, unitFeed } from '../../../lib/feeds/feeds.ts';
import { sitePaths } from '../../../lib/paths.ts';
import { siteOrigin } from '../../../lib/site-url.ts';

export const getStaticPaths = (async () => (await loadSiteData()).units.map((unit) => ({ params: { id: unit.id }, props: { unit } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const data = await loadSiteData();
  const paths = sitePaths(import.meta.env.BASE_URL);
  return new Response(feedXml(data, paths, unitFeed(data, paths, props['unit']), siteOrigin(site)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
