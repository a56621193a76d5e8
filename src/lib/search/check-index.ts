/**
 * The build-time check that makes exact search trustworthy: what Pagefind stored for a page must be
 * the page's text, so that checking a candidate against its stored text is checking the page.
 * Pure function; the index builder reads the fragments and fails the build on a finding.
 */
import { ANCHOR_MARK, GRAMS_FIELD } from './index-format.ts';
import type { PreparedPage } from './index-page.ts';
import { normalizeSearchText } from './normalize.ts';

/** The parts of a Pagefind fragment the check reads. */
export interface StoredFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** A sentence saying how the stored text of a page differs from the page, or undefined when it does not. */
export function fragmentProblem(page: Pick<PreparedPage, 'text' | 'anchors' | 'tokens'>, fragment: StoredFragment): string | undefined {
  const marks = fragment.content.split(ANCHOR_MARK).length - 1;
  if (marks !== page.anchors.length) return `${fragment.url}: the search index has ${marks} clause marks, the page has ${page.anchors.length} elements with an id.`;
  const stored = normalizeSearchText(fragment.content.split(ANCHOR_MARK).join(''));
  const expected = normalizeSearchText(page.text);
  if (stored !== expected) {
    let at = 0;
    while (at < stored.length && stored[at] === expected[at]) at += 1;
    const context = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 15), at + 15));
    return `${fragment.url}: the search index stores a different text than the page shows, from character ${at}: index ${context(stored)}, page ${context(expected)}.`;
  }
  if ((fragment.meta[GRAMS_FIELD] ?? '') !== page.tokens.join(' ')) return `${fragment.url}: the extra index words were not stored as given.`;
  return undefined;
}
