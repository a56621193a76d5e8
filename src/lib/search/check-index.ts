/**
 * The build-time check that makes exact search trustworthy: Pagefind must have indexed exactly the
 * extra index words given for a page (terms.ts), so that every page containing a query is among the
 * pages Pagefind returns for the query's terms. Pure function; the index builder reads the fragments
 * Pagefind wrote (which hold what it indexed) and fails the build on a finding.
 */
import type { PreparedPage } from './index-page.ts';

/** The parts of a Pagefind fragment the check reads. */
export interface StoredFragment {
  url: string;
  content: string;
}

/** A sentence saying how what Pagefind indexed for a page differs from its index words, or undefined when it does not. */
export function fragmentProblem(page: Pick<PreparedPage, 'tokens'>, fragment: StoredFragment): string | undefined {
  const stored = fragment.content.split(/\s+/u).filter((word) => word !== '');
  const expected = page.tokens;
  if (stored.length === expected.length && stored.every((word, at) => word === expected[at])) return undefined;
  let at = 0;
  while (at < stored.length && stored[at] === expected[at]) at += 1;
  return `${fragment.url}: Pagefind indexed other words than the page's index words, from word ${at} (of ${expected.length}): index ${JSON.stringify(stored[at] ?? '')}, page ${JSON.stringify(expected[at] ?? '')}.`;
}
