import type { ContentChange } from '../project/git-history.ts';
import { describeFileChange } from '../project/git-history.ts';
import { changeAnchor } from './change-log.ts';
import { publicSentence, type ChangeNames } from './change-sentences.ts';

/** Files listed in an entry's summary; a bulk commit's others are counted, so that a feed stays small. */
const LISTED_FILES = 20;

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/gu, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char);

/** What a feed is about and where it lives (absolute URLs). */
export interface FeedOptions {
  /** The feed's title, e.g. `政策公开透明平台 · 驻政办〔2021〕19号的更新`. */
  title: string;
  /** The feed's own URL (its Atom id and `rel="self"`). */
  feedUrl: string;
  /** The page the feed follows (a notice, unit or region page, or the change log). */
  pageUrl: string;
  /** The change log page; entries link to their entry there. */
  changesUrl: string;
  names: ChangeNames;
  /** Entries at most (newest first), so that a feed stays small at any size of the site. */
  limit?: number;
}

/**
 * An Atom feed of content and data changes, newest first. Each entry's title is the change written for
 * the public ({@link publicSentence}); the commit message and the files follow in its summary.
 */
export function atomFeed(changes: readonly ContentChange[], options: FeedOptions): string {
  const { title, feedUrl, pageUrl, changesUrl, names, limit = 20 } = options;
  const entries = changes.slice(0, limit).map((change) => {
    const url = `${changesUrl}#${changeAnchor(change)}`;
    const listed = change.files.slice(0, LISTED_FILES).map((file) => `${file.path}：${describeFileChange(file)}`);
    if (change.files.length > LISTED_FILES) listed.push(`另有 ${change.files.length - LISTED_FILES} 个文件`);
    const files = listed.join('\n');
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(publicSentence(change, names))}</title>`,
      `    <updated>${escapeXml(change.date)}</updated>`,
      `    <link href="${escapeXml(url)}"/>`,
      `    <summary>${escapeXml(`提交说明：${change.subject}\n${files}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = changes[0]?.date ?? new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <link rel="self" href="${escapeXml(feedUrl)}"/>`,
    `  <link href="${escapeXml(pageUrl)}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    '  <author><name>政策公开透明平台</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
