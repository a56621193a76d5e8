import type { ContentChange } from '../project/git-history.ts';
import { describeFileChange } from '../project/git-history.ts';
import { changeAnchor } from './change-log.ts';

const escapeXml = (text: string) => text.replace(/[<>&'"]/gu, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char);

/** An Atom feed of content and data changes, newest first (at most `limit` entries). */
export function atomFeed(changes: readonly ContentChange[], siteUrl: string, changesUrl: string, limit = 50): string {
  const entries = changes.slice(0, limit).map((change) => {
    const summary = change.files.map((file) => `${file.path}：${describeFileChange(file)}`).join('\n');
    return [
      '  <entry>',
      `    <id>${escapeXml(`${changesUrl}#${changeAnchor(change)}`)}</id>`,
      `    <title>${escapeXml(change.subject)}</title>`,
      `    <updated>${escapeXml(change.date)}</updated>`,
      `    <link href="${escapeXml(`${changesUrl}#${changeAnchor(change)}`)}"/>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = changes[0]?.date ?? new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(changesUrl)}</id>`,
    '  <title>政策公开透明平台 · 更新记录</title>',
    `  <link rel="self" href="${escapeXml(`${changesUrl}feed.xml`)}"/>`,
    `  <link href="${escapeXml(siteUrl)}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    '  <author><name>政策公开透明平台</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
