import { formatDateZh } from '../format.ts';
import type { SitePaths } from '../paths.ts';
import { describeFileChange, type ContentChange } from '../project/git-history.ts';
import { publicSentence, type ChangeNames } from './change-sentences.ts';
import { changeNames } from './feeds.ts';
import type { SiteData } from '../pages/site-data.ts';

/** One changed file as the change log shows it. */
export interface ChangedFileView {
  path: string;
  /** The page that shows the file: its notice, or its table on the data page; none for a notice no longer published. */
  href?: string | undefined;
  /** What changed, e.g. `新增 1 行：anze-2022-50-clear-2022 / 2022-10-31 / 亩`. */
  description: string;
}

/** One commit of the change log. */
export interface ChangeView {
  /** Anchor of the entry (`change-<first 10 hex digits>`), linked from "last changed" notes and the feed. */
  anchor: string;
  /** ISO date-time of the commit, and its calendar date in Chinese. */
  date: string;
  dateText: string;
  /** What changed, written for the public from the row changes (see {@link publicSentence}). */
  sentence: string;
  /** The commit message's first line: what staff wrote when they committed. */
  subject: string;
  shortCommit: string;
  files: ChangedFileView[];
}

/** Anchor of a change's entry on the change log page. */
export const changeAnchor = (change: Pick<ContentChange, 'commit'>): string => `change-${change.commit.slice(0, 10)}`;

/**
 * The change log page: every commit that changed content/ or data/, newest first (as `history`
 * is), each file with what changed and a link to the page that shows it.
 * @param noticeIds ids of the notices published now (a deleted notice's file is not linked).
 * @param names how sentences name notices (by default, by their ids).
 */
export function buildChangeLog(
  history: readonly ContentChange[],
  noticeIds: ReadonlySet<string>,
  paths: SitePaths,
  names: ChangeNames = { noticeLabel: () => undefined },
): ChangeView[] {
  const linkOf = (file: string): string | undefined => {
    const notice = /^content\/notices\/(.+)\.mdx$/u.exec(file)?.[1];
    if (notice) return noticeIds.has(notice) ? paths.notice(notice) : undefined;
    const table = /^data\/([^/]+)\//u.exec(file)?.[1];
    return table ? `${paths.data()}#dataset-${table}` : undefined;
  };
  return history.map((change) => ({
    anchor: changeAnchor(change),
    date: change.date,
    dateText: formatDateZh(change.date.slice(0, 10)),
    sentence: publicSentence(change, names),
    subject: change.subject,
    shortCommit: change.commit.slice(0, 7),
    files: change.files.map((file) => ({ path: file.path, href: linkOf(file.path), description: describeFileChange(file) })),
  }));
}

/** The change log page of the site (src/pages/changes/index.astro): its published notices linked and named by their document numbers. */
export function siteChangeLog(site: SiteData, paths: SitePaths): ChangeView[] {
  return buildChangeLog(site.history, new Set(site.notices.map((notice) => notice.id)), paths, changeNames(site));
}
