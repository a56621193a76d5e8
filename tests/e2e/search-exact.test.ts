// Search that journalists can trust: for a set of queries of several kinds, the search page in
// Chromium must list exactly the pages whose text contains the query. The truth is computed here from
// the built HTML (not from the search index, and not written by hand).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, newPage } from './support/browser.ts';
import { checkExactness, exactnessCases } from './support/exactness.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

const cases = exactnessCases(siteDir);
const QUERIES = cases.queries;
const truth = cases.truth;
const corpus = cases.corpus;

let page: Page;
beforeAll(async () => {
  page = await newPage();
});
afterAll(closeBrowser);

describe('exact search through the search page', () => {
  it('has enough of every kind of query to mean something', () => {
    expect(corpus.size).toBeGreaterThan(5);
    expect(QUERIES['document numbers (bracket variants, spaces)']!.length).toBeGreaterThanOrEqual(24);
    for (const [kind, queries] of Object.entries(QUERIES)) expect(queries.length, kind).toBeGreaterThanOrEqual(5);
    // The absent queries really are absent, and the others mostly present.
    for (const query of QUERIES['absent from the corpus']!) expect(truth(query), query).toEqual([]);
  });

  it('finds exactly the pages whose text contains the query: recall 1 and precision 1 for every kind', { timeout: 600_000 }, async () => {
    const { report, failures } = await checkExactness(page, siteUrl, cases);
    console.log(report);
    expect(failures).toEqual([]);
  });
});
