import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../../site-data.ts';
import { feedXml, regionFeed } from '../../../../lib/feeds/feeds.ts';
import { regionFilters } from '../../../../lib/pages/notice-list.ts';
import { sitePaths } from '../../../../lib/paths.ts';
import { siteOrigin } from '../../../../lib/site-url.ts';

export const getStaticPaths = (async () =>
  regionFilters((await loadSiteData()).notices).map((option) => ({ params: { region: option.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const paths = sitePaths(import.meta.env.BASE_URL);
  return new Response(feedXml(data, paths, regionFeed(data, paths, params['region'] ?? ''), siteOrigin(site)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
