import type { Dataset } from '../data/dataset.ts';
import type { ClauseRef } from '../notices/clause-index.ts';
import type { ContentChange } from '../project/git-history.ts';
import type { NoticeListItem } from './notice-list.ts';

/** Everything the pages are built from, as plain arrays (see src/site-data.ts): every data table, plus: */
export type SiteData = Omit<Dataset, 'notices'> & {
  notices: NoticeListItem[];
  /** Clause anchors of each notice's text, by notice id. */
  clauses: Record<string, ClauseRef[]>;
  /** The date statuses are computed for (SITE_AS_OF, or the build date). */
  asOf: string;
  /** Whether `asOf` was pinned (SITE_AS_OF) rather than the build date. */
  asOfPinned?: boolean;
  /** Commits that changed content or data, newest first (empty without git). */
  history: ContentChange[];
};

/**
 * Site data straight from a loaded project (src/lib/project/load-project.ts), for tools that run
 * outside Astro's content layer: the project worker that writes the downloads during a build, and
 * the dev server's downloads.
 */
export function siteDataOf(dataset: Dataset, options: { asOf: string; history: ContentChange[] }): SiteData {
  return {
    ...dataset,
    notices: dataset.notices.map((notice) => ({ id: notice.id, frontmatter: notice.frontmatter })),
    clauses: Object.fromEntries(dataset.notices.map((notice) => [notice.id, notice.clauses])),
    asOf: options.asOf,
    history: options.history,
  };
}
