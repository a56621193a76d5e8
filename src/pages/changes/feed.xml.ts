import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';
import { atomFeed } from '../../lib/feeds/atom-feed.ts';
import { changeNames, SITE_FEED_ENTRIES } from '../../lib/feeds/feeds.ts';
import { sitePaths } from '../../lib/paths.ts';
import { siteOrigin } from '../../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = sitePaths(import.meta.env.BASE_URL);
  const origin = siteOrigin(site);
  const data = await loadSiteData();
  const changesUrl = new URL(paths.asset('changes/'), origin).href;
  const xml = atomFeed(data.history, { title: '政策公开透明平台 · 更新记录', feedUrl: `${changesUrl}feed.xml`, pageUrl: new URL(paths.home(), origin).href, changesUrl, names: changeNames(data), limit: SITE_FEED_ENTRIES });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
