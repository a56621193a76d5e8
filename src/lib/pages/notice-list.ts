import { VALIDITY_STATUSES, validityOf, type NoticeFrontmatter, type Validity } from '../notices/frontmatter.ts';
import { formatDateZh, yearOf } from '../format.ts';
import { compareZh } from '../text/order.ts';

/** A notice as the lists show it. */
export interface NoticeListItem {
  id: string;
  frontmatter: NoticeFrontmatter;
}

/** A filter the home page offers, with how many notices it keeps. */
export interface NoticeFilterOption {
  /** Text of the link: a region name or a year. */
  label: string;
  /** URL path segment under /notices/region/ or /notices/year/. */
  slug: string;
  count: number;
}

/** Region names of a notice from the widest to the narrowest: 山西省, 临汾市, 安泽县. */
export function regionNamesOf(frontmatter: NoticeFrontmatter): string[] {
  const { province, city, county } = frontmatter.region;
  return [province, city, county].filter((name): name is string => name !== undefined);
}

/** Newest first by issue date; ties by document number so the order is stable. */
export function sortNewestFirst<T extends NoticeListItem>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => b.frontmatter.issued.localeCompare(a.frontmatter.issued) || compareZh(a.frontmatter.docNumber, b.frontmatter.docNumber));
}

/** Oldest first, the reverse of sortNewestFirst: the order split lists are numbered in (src/lib/pages/paging.ts). */
export function sortOldestFirst<T extends NoticeListItem>(notices: readonly T[]): T[] {
  return sortNewestFirst(notices).reverse();
}

/** Every region name that some notice belongs to, provinces first, with counts. */
export function regionFilters(notices: readonly NoticeListItem[]): NoticeFilterOption[] {
  const counts = new Map<string, { count: number; depth: number }>();
  for (const notice of notices) {
    regionNamesOf(notice.frontmatter).forEach((name, depth) => {
      const entry = counts.get(name) ?? { count: 0, depth };
      counts.set(name, { count: entry.count + 1, depth: Math.min(entry.depth, depth) });
    });
  }
  return [...counts]
    .sort(([nameA, a], [nameB, b]) => a.depth - b.depth || compareZh(nameA, nameB))
    .map(([name, { count }]) => ({ label: name, slug: name, count }));
}

/** Every issue year, newest first, with counts. */
export function yearFilters(notices: readonly NoticeListItem[]): NoticeFilterOption[] {
  const counts = new Map<number, number>();
  for (const notice of notices) {
    const year = yearOf(notice.frontmatter.issued);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => b - a).map(([year, count]) => ({ label: `${year}年`, slug: String(year), count }));
}

/** The notices in a region (at any level), newest first. */
export function noticesInRegion<T extends NoticeListItem>(notices: readonly T[], region: string): T[] {
  return sortNewestFirst(notices.filter((notice) => regionNamesOf(notice.frontmatter).includes(region)));
}

/** The notices issued in a year, newest first. */
export function noticesOfYear<T extends NoticeListItem>(notices: readonly T[], year: number): T[] {
  return sortNewestFirst(notices.filter((notice) => yearOf(notice.frontmatter.issued) === year));
}

/** Every validity status some notice has, in the order 有效 失效 废止 未注明, with counts. */
export function validityFilters(notices: readonly NoticeListItem[]): NoticeFilterOption[] {
  return VALIDITY_STATUSES.map((status) => ({
    label: status,
    slug: status,
    count: notices.filter((notice) => validityOf(notice.frontmatter).status === status).length,
  })).filter((option) => option.count > 0);
}

/** The notices of a validity status, newest first. */
export function noticesOfValidity<T extends NoticeListItem>(notices: readonly T[], status: string): T[] {
  return sortNewestFirst(notices.filter((notice) => validityOf(notice.frontmatter).status === status));
}

/** `废止（2024年1月1日）`: the status and its date, for lists. */
export function validityLabel(validity: Validity): string {
  return validity.date ? `${validity.status}（${formatDateZh(validity.date)}）` : validity.status;
}

/**
 * The whole statement for a notice page, only from what the frontmatter records:
 * `废止：2024年1月1日起，依据 X号《…》。出处：…` or `未注明：…`.
 */
export function describeValidity(validity: Validity): string {
  if (validity.status === '未注明') return '未注明。本站收录的文件没有写明本文件的有效期，也没有写明它已失效或被废止；本站不据期限推断。';
  const by = validity.by ? [validity.by.docNumber, validity.by.title && `《${validity.by.title}》`].filter(Boolean).join('') : undefined;
  const parts = [
    validity.date && `${formatDateZh(validity.date)}起`,
    by && (validity.status === '有效' ? `依据 ${by}` : `由 ${by}${validity.status === '废止' ? '废止' : '替代或宣布失效'}`),
    validity.period ? `原文“${validity.period}”` : validity.until && `有效期至 ${formatDateZh(validity.until)}`,
  ].filter(Boolean);
  return `${validity.status}${parts.length > 0 ? `：${parts.join('，')}` : ''}。出处：${validity.source}。`;
}
