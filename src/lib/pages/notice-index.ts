import { validityOf } from '../notices/frontmatter.ts';
import { needsSplit, partRows, splitIntoParts } from './paging.ts';
import {
  noticesInRegion,
  noticesOfValidity,
  noticesOfYear,
  regionFilters,
  regionNamesOf,
  sortNewestFirst,
  validityFilters,
  validityLabel,
  yearFilters,
  type NoticeFilterOption,
  type NoticeListItem,
} from './notice-list.ts';

/** Which notices a list shows: all of them, or those of one region, year or validity status. */
export type NoticeListFilter = { kind: 'region' | 'year' | 'validity'; slug: string };

/** A notice as a list line shows it. */
export interface NoticeListRow {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  /** 成文日期, ISO. */
  issued: string;
  /** `山西省 临汾市 安泽县`. */
  region: string;
  /** The short status and its date (validityLabel). */
  validity: string;
}

/** The home page and the region, year and validity lists (src/components/notices/NoticeIndexPage.astro). */
export interface NoticeIndexData {
  /** The notices the filter keeps, newest first. */
  notices: NoticeListRow[];
  /** Every filter the lists offer, with counts over all notices. */
  regions: NoticeFilterOption[];
  years: NoticeFilterOption[];
  validities: NoticeFilterOption[];
  current?: NoticeListFilter | undefined;
}

export function buildNoticeIndex(notices: readonly NoticeListItem[], current?: NoticeListFilter): NoticeIndexData {
  return {
    notices: kept(notices, current).map(noticeListRow),
    regions: regionFilters(notices),
    years: yearFilters(notices),
    validities: validityFilters(notices),
    ...(current ? { current } : {}),
  };
}

function kept(notices: readonly NoticeListItem[], filter: NoticeListFilter | undefined): NoticeListItem[] {
  switch (filter?.kind) {
    case undefined:
      return sortNewestFirst(notices);
    case 'region':
      return noticesInRegion(notices, filter.slug);
    case 'year':
      return noticesOfYear(notices, Number(filter.slug));
    case 'validity':
      return noticesOfValidity(notices, filter.slug);
  }
}

function noticeListRow({ id, frontmatter: fm }: NoticeListItem): NoticeListRow {
  return {
    id,
    title: fm.title,
    docNumber: fm.docNumber,
    issuer: fm.issuer,
    issued: fm.issued,
    region: regionNamesOf(fm).join(' '),
    validity: validityLabel(validityOf(fm)),
  };
}

/** How many of the newest notices the home page lists when the whole list does not fit in one page. */
export const HOME_NEWEST = 50;

/** One part of a split notice list: consecutive notices, numbered from the oldest, listed newest first. */
export interface NoticeListPart {
  number: number;
  notices: NoticeListRow[];
  /** Issue dates of the part's oldest and newest notices. */
  first: string;
  last: string;
}

/**
 * A notice list as pages. The home page (no filter) lists only the newest HOME_NEWEST notices when
 * there are more than `budget` (`shown` < `total`; the filters lead to every notice). A filtered list
 * longer than `budget` is split: its page becomes an overview of `parts`.
 */
export interface NoticeIndexPages extends NoticeIndexData {
  total: number;
  parts: NoticeListPart[];
}

export function buildNoticeIndexPages(notices: readonly NoticeListItem[], current?: NoticeListFilter, budget = partRows()): NoticeIndexPages {
  const index = buildNoticeIndex(notices, current);
  const total = index.notices.length;
  if (!needsSplit(total, budget)) return { ...index, total, parts: [] };
  if (!current) return { ...index, notices: index.notices.slice(0, HOME_NEWEST), total, parts: [] };
  const parts = splitIntoParts([...index.notices].reverse(), budget).map((part) => ({
    number: part.number,
    notices: [...part.items].reverse(),
    first: part.items[0]!.issued,
    last: part.items.at(-1)!.issued,
  }));
  return { ...index, total, parts };
}

/** The part pages of every split list of one kind (src/pages/notices/<kind>/[…]/part/[part].astro): params and the list. */
export function noticeListPartPaths(notices: readonly NoticeListItem[], kind: NoticeListFilter['kind']) {
  const options = { region: regionFilters, year: yearFilters, validity: validityFilters }[kind](notices);
  return options.flatMap((option) => {
    const index = buildNoticeIndexPages(notices, { kind, slug: option.slug });
    return index.parts.map((part) => ({ slug: option.slug, part: String(part.number), index }));
  });
}
