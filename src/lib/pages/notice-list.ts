import type { NoticeFrontmatter } from '../notices/frontmatter.ts';
import { yearOf } from '../format.ts';

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
  return [...notices].sort((a, b) => b.frontmatter.issued.localeCompare(a.frontmatter.issued) || a.frontmatter.docNumber.localeCompare(b.frontmatter.docNumber, 'zh-CN'));
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
    .sort(([nameA, a], [nameB, b]) => a.depth - b.depth || nameA.localeCompare(nameB, 'zh-CN'))
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
