import type { UnitRow } from '../data/tables.ts';
import type { SitePaths } from '../paths.ts';
import { atomFeed } from './atom-feed.ts';
import type { ChangeNames } from './change-sentences.ts';
import { changesFor } from './change-sentences.ts';
import { noticesInRegion } from '../pages/notice-list.ts';
import type { SiteData } from '../pages/site-data.ts';
import { siteIndex } from '../pages/site-index.ts';

/** Entries per notice, unit or region feed: with 1,000 notices each feed stays a few KB. */
export const FEED_ENTRIES = 20;
/** Entries of the site-wide feed. */
export const SITE_FEED_ENTRIES = 50;

/** What a feed follows: a page and the files whose changes it lists. */
export interface FeedScope {
  title: string;
  /** The followed page's path (ends with `/`); the feed is `<page>feed.xml`. */
  page: string;
  noticeIds: ReadonlySet<string>;
  extraPaths?: ReadonlySet<string>;
}

/** Notices are named by their document numbers in the feeds' sentences. */
export function changeNames(site: SiteData): ChangeNames {
  const labels = new Map(site.notices.map((notice) => [notice.id, notice.frontmatter.docNumber]));
  return { noticeLabel: (id) => labels.get(id) };
}

/** The feed URL of a page path. */
export const feedPath = (page: string): string => `${page}feed.xml`;

export const noticeFeed = (site: SiteData, paths: SitePaths, id: string): FeedScope => {
  const notice = siteIndex(site).noticeById.get(id);
  return { title: `${notice?.frontmatter.docNumber ?? id}的更新`, page: paths.notice(id), noticeIds: new Set([id]) };
};

/** A unit follows the notices that give it tasks, and its jurisdiction's units file. */
export const unitFeed = (site: SiteData, paths: SitePaths, unit: UnitRow): FeedScope => ({
  title: `${unit.name}的任务更新`,
  page: paths.unit(unit.id),
  noticeIds: new Set((siteIndex(site).tasksByUnit.get(unit.id) ?? []).map((task) => task.notice.id)),
  extraPaths: new Set([unit.location.file]),
});

/** A region follows its notices and the units files of its units. */
export const regionFeed = (site: SiteData, paths: SitePaths, region: string): FeedScope => ({
  title: `${region}的文件更新`,
  page: paths.noticesInRegion(region),
  noticeIds: new Set(noticesInRegion(site.notices, region).map((notice) => notice.id)),
  extraPaths: new Set(site.units.filter((unit) => unit.jurisdiction === region).map((unit) => unit.location.file)),
});

/** The Atom document of a scope, with absolute URLs from the site's address. */
export function feedXml(site: SiteData, paths: SitePaths, scope: FeedScope, origin: URL): string {
  const absolute = (path: string) => new URL(path, origin).href;
  return atomFeed(changesFor(site.history, scope.noticeIds, scope.extraPaths, FEED_ENTRIES), {
    title: `政策公开透明平台 · ${scope.title}`,
    feedUrl: absolute(feedPath(scope.page)),
    pageUrl: absolute(scope.page),
    changesUrl: absolute(paths.asset('changes/')),
    names: changeNames(site),
    limit: FEED_ENTRIES,
  });
}

/** The site-wide feed (src/pages/changes/feed.xml.ts): the latest changes of every file, beside the change log page. */
export function siteFeedXml(site: SiteData, paths: SitePaths, origin: URL): string {
  const changesUrl = new URL(paths.asset('changes/'), origin).href;
  return atomFeed(site.history, {
    title: '政策公开透明平台 · 更新记录',
    feedUrl: `${changesUrl}feed.xml`,
    pageUrl: new URL(paths.home(), origin).href,
    changesUrl,
    names: changeNames(site),
    limit: SITE_FEED_ENTRIES,
  });
}
