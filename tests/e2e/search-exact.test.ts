// Search that journalists can trust: for a set of queries of several kinds, the search page in
// Chromium must list exactly the pages whose text contains the query, the truth computed from the
// built HTML (not from the search index, and not written by hand). That check runs on the live site
// and on a staff-edited copy (tests/e2e/support/live-content-suite.ts); here, on the frozen fixture's
// five notices, the query set is checked to be large enough to mean something.
import { describe, expect, inject, it } from 'vitest';
import { exactnessCases } from './support/exactness.ts';

const { corpus, queries, truth } = exactnessCases(inject('frozenSiteDir'));

describe('the queries of the exact-search check', () => {
  it('has enough of every kind of query to mean something', () => {
    expect(corpus.size).toBeGreaterThan(5);
    expect(queries['document numbers (bracket variants, spaces)']!.length).toBeGreaterThanOrEqual(24);
    for (const [kind, list] of Object.entries(queries)) expect(list.length, kind).toBeGreaterThanOrEqual(5);
    // The absent queries really are absent.
    for (const query of queries['absent from the corpus']!) expect(truth(query), query).toEqual([]);
  });
});
