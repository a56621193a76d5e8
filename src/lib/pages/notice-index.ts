import { validityOf } from '../notices/frontmatter.ts';
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
