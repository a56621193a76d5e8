import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../site-data.ts';
import { feedXml, noticeFeed } from '../../../lib/feeds/feeds.ts';
import { sitePaths } from '../../../lib/paths.ts';
import { siteOrigin } from '../../../lib/site-url.ts';

export const getStaticPaths = (async () => (await loadSiteData()).notices.map((notice) => ({ params: { id: notice.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const paths = sitePaths(import.meta.env.BASE_URL);
  return new Response(feedXml(data, paths, noticeFeed(data, paths, params['id'] ?? ''), siteOrigin(site)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
