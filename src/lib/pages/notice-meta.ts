import { formatDateZh } from '../format.ts';
import { validityOf, type NoticeFrontmatter } from '../notices/frontmatter.ts';
import { describeValidity, regionNamesOf, validityLabel } from './notice-list.ts';

export interface MetaRow {
  label: string;
  value: string;
}

/**
 * A notice's particulars, split in two: `primary` (文号, 发文机关, the dates and 效力, the short status) is
 * always shown; `more` is in a section that a phone shows closed, so that the text starts on its first screen.
 */
export interface NoticeMeta {
  primary: MetaRow[];
  more: MetaRow[];
}

const PRIMARY = new Set(['文号', '发文机关', '成文日期', '印发日期', '效力']);

export function noticeMeta(fm: NoticeFrontmatter): NoticeMeta {
  const meta: MetaRow[] = [
    { label: '文号', value: fm.docNumber },
    { label: '发文机关', value: fm.issuer },
    { label: '成文日期', value: formatDateZh(fm.issued) },
  ];
  if (fm.printed) meta.push({ label: '印发日期', value: formatDateZh(fm.printed) });
  meta.push({ label: '地区', value: regionNamesOf(fm).join(' ') });
  meta.push({ label: '层级', value: fm.level });
  meta.push({ label: '文种', value: fm.planType ? `${fm.docType}（印发${fm.planType}）` : fm.docType });
  if (fm.recipients) meta.push({ label: '主送', value: fm.recipients });
  if (fm.disclosure) meta.push({ label: '公开方式', value: fm.disclosure });
  if (fm.topics.length > 0) meta.push({ label: '主题', value: fm.topics.join('、') });
  // The short status is one line a phone always shows; the whole statement, with its source, follows it.
  const validity = validityOf(fm);
  meta.push({ label: '效力', value: validityLabel(validity) });
  meta.push({ label: '效力说明', value: describeValidity(validity) });
  return { primary: meta.filter(({ label }) => PRIMARY.has(label)), more: meta.filter(({ label }) => !PRIMARY.has(label)) };
}

/**
 * The search filters of a notice page (Pagefind reads them from the page when it indexes it):
 * a notice is in every region it belongs to, and its document type is both its genre and the plan it issues.
 */
export interface NoticeSearchFilters {
  /** Year of issue, `2022`. */
  year: string;
  regions: string[];
  docTypes: string[];
  /** The validity status: 有效, 失效, 废止 or 未注明. */
  validity: string;
}

export function noticeSearchFilters(fm: NoticeFrontmatter): NoticeSearchFilters {
  return {
    year: fm.issued.slice(0, 4),
    regions: regionNamesOf(fm),
    docTypes: [...new Set([fm.docType, fm.planType].filter((type) => type !== undefined))],
    validity: validityOf(fm).status,
  };
}
