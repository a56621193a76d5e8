// The exactness check of the search page, shared by the test on the real site and the one on a
// generated corpus: queries of several kinds taken from a built site, the truth computed from its
// HTML (not from the search index, and not written by hand), and a run through the search page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse, type HTMLElement } from 'node-html-parser';
import { normalizeForMatch } from '../../../src/lib/text/normalize.ts';
import { loadAll, settled } from './search.ts';
import { htmlFiles } from './site-files.ts';

export const SEED = 20220914;

export interface ExactnessCases {
  /** URL path → normalised searchable text. */
  corpus: Map<string, string>;
  /** The pages whose text contains the query, sorted. */
  truth(query: string): string[];
  queries: Record<string, string[]>;
}

/**
 * Queries of each kind from the built site in `siteDir`, `scale` times as many as on the real site
 * (at least 3 of a kind), with the same seeded choices.
 */
export function exactnessCases(siteDir: string, scale = 1): ExactnessCases {
  const count = (n: number) => Math.max(3, Math.round(n * scale));
  /**
   * What a page offers to search: the elements marked data-pagefind-body, without what is marked
   * data-pagefind-ignore, without what is not page text (scripts, styles, templates) and without the
   * elements Pagefind never indexes (navigation, footers, forms and their labels, SVG, iframes).
   */
  const NOT_TEXT = '[data-pagefind-ignore], script, style, template, noscript, nav, footer, form, label, svg, iframe';

  /** The exact-match rule: NFKC, whitespace (and zero-width characters) ignored, bracket variants alike. */
  const normalize = (text: string) => normalizeForMatch(text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, ''));

  function pageText(document: HTMLElement): string | undefined {
    const bodies = document.querySelectorAll('[data-pagefind-body]');
    if (bodies.length === 0) return undefined;
    for (const body of bodies) for (const element of body.querySelectorAll(NOT_TEXT)) element.remove();
    return bodies.map((body) => body.text).join(' ');
  }

  /** URL path → normalised searchable text, for every page with a searchable body. */
  const corpus = new Map<string, string>();
  /** URL path → raw text (for picking runs as a reader would copy them). */
  const rawTexts = new Map<string, string>();
  for (const file of htmlFiles(siteDir)) {
    const text = pageText(parse(readFileSync(path.join(siteDir, file), 'utf8')));
    if (text === undefined) continue;
    const url = `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
    corpus.set(url, normalize(text));
    rawTexts.set(url, text);
  }

  const load = (file: string) => parse(readFileSync(path.join(siteDir, file), 'utf8'));
  const truth = (query: string) =>
    [...corpus]
      .filter(([, text]) => text.includes(normalize(query)))
      .map(([url]) => url)
      .sort();

  /** Deterministic random numbers, so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const next = random(SEED);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...new Set(items)];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return picked;
  };

  const notices = [...corpus.keys()].filter((url) => /^\/notices\/[^/]+\/$/u.test(url));
  const noticePages = notices.map((url) => load(`${url.slice(1)}index.html`));
  const allRaw = [...rawTexts.values()].join('\n');

  // Queries of each kind. Where a kind needs real words, they are taken from the site itself.
  const domainTerms = ['批而未供', '标准地', '批而未用', '闲置土地', '低效用地', '供地率', '领导小组', '专项行动', '整改', '责任单位', '盘活', '消化'];
  const topics = noticePages.flatMap((page) =>
    page
      .querySelectorAll('.notice-meta dt')
      .filter((dt) => dt.text === '主题')
      .flatMap((dt) => (dt.nextElementSibling?.text ?? '').split('、')),
  );
  const people = load('people/index.html')
    .querySelectorAll('tbody th[scope="row"]')
    .map((cell) => cell.text.trim());
  const docNumbers = [
    ...new Set([
      ...noticePages.map((page) => page.querySelector('[data-notice-doc-number]')!.getAttribute('data-notice-doc-number')!),
      ...noticePages.flatMap((page) => page.querySelectorAll('.notice-text [data-doc-number]').map((element) => element.getAttribute('data-doc-number')!)),
    ]),
  ];
  const bracketVariants = (number: string) => {
    const [prefix = '', year = '', rest = ''] = /^(.*?)〔(\d{4})〕(.*)$/u.exec(number)?.slice(1) ?? [];
    return [
      `${prefix}〔${year}〕${rest}`,
      `${prefix}[${year}]${rest}`,
      `${prefix}【${year}】${rest}`,
      `${prefix}(${year})${rest}`,
      `${prefix}（${year}）${rest}`,
      `${prefix} [${year}] ${rest.replace(/号$/u, ' 号')}`,
    ];
  };
  const decimals = [...allRaw.matchAll(/\d+\.\d+/gu)].map((match) => match[0]);
  const dates = [...allRaw.matchAll(/\d{4}年\d{1,2}月\d{1,2}日/gu)].map((match) => match[0]);

  /** A piece cut from inside a number, date, document number or Latin word: starting mid-token. */
  const fragments = [
    ...[...allRaw.matchAll(/\d{3,}(?:\.\d+)?[^\s\d]?/gu)].map((match) => match[0].slice(1)),
    ...dates.map((date) => date.slice(1, -1)),
    ...docNumbers.map((number) => number.slice(number.indexOf('〔') + 2)),
    ...[...allRaw.matchAll(/[A-Za-z]{3,}/gu)].map((match) => match[0].slice(1)),
  ];

  /** A run of `length` Han characters copied from a page's text (possibly across elements). */
  function hanRun(length: number): string {
    for (;;) {
      const text = normalize(choose([...rawTexts.values()]));
      const chars = Array.from(text);
      const start = Math.floor(next() * Math.max(1, chars.length - length));
      const run = chars.slice(start, start + length).join('');
      if (new RegExp(`^\\p{Script=Han}{${length}}$`, 'u').test(run)) return run;
    }
  }
  /** A run of any characters (punctuation, digits, brackets included) copied from a page. */
  function anyRun(length: number): string {
    const text = choose([...rawTexts.values()]).replace(/\s+/gu, ' ');
    const chars = Array.from(text);
    const start = Math.floor(next() * Math.max(1, chars.length - length));
    return (
      chars
        .slice(start, start + length)
        .join('')
        .trim() || anyRun(length)
    );
  }

  const QUERIES: Record<string, string[]> = {
    terms: [...domainTerms.slice(0, count(domainTerms.length)), ...sample(topics, count(6))],
    names: sample(people, count(10)),
    'document numbers (bracket variants, spaces)': sample(docNumbers, count(6)).flatMap(bracketVariants),
    numbers: sample(decimals, count(10)),
    dates: sample(dates, count(10)),
    'fragments of numbers, dates and Latin words': sample(fragments, count(16)),
    'Han runs of 2–8 characters': Array.from({ length: count(56) }, (_, index) => hanRun(2 + (index % 7))),
    'runs of any characters': Array.from({ length: count(14) }, (_, index) => anyRun(2 + (index % 7))),
    'absent from the corpus': [
      '量子计算',
      '区块链技术',
      '安政办发〔2099〕1号',
      '9999.99',
      '2035年13月1日',
      ...Array.from({ length: count(5) }, () => [...hanRun(4)].reverse().join('') + '乙'),
    ],
  };

  return { corpus, truth, queries: QUERIES };
}

/** Runs a query through the search page and returns the URL paths of all results (after "more"). */
async function search(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  await settled(page, query);
  await loadAll(page);
  const hrefs = await page.locator('#search-results > li').evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(new URL(href, 'http://x').pathname)).sort();
}

/** Runs every query and compares with the truth: a table of recall and precision per kind, and every difference. */
export async function checkExactness(page: Page, siteUrl: string, cases: ExactnessCases): Promise<{ report: string; failures: string[] }> {
  const rows: string[] = [];
  const failures: string[] = [];
  let allRelevant = 0;
  let allFound = 0;
  let allCorrect = 0;
  for (const [kind, queries] of Object.entries(cases.queries)) {
    let relevant = 0;
    let found = 0;
    let correct = 0;
    for (const query of queries) {
      const expected = cases.truth(query);
      const actual = await search(page, siteUrl, query);
      relevant += expected.length;
      found += actual.length;
      correct += actual.filter((url) => expected.includes(url)).length;
      // A page listed twice (shown while the search ran, then again) is an error too.
      if (new Set(actual).size !== actual.length)
        failures.push(`${kind} ${JSON.stringify(query)}: listed twice ${actual.filter((url, at) => actual.indexOf(url) !== at).join(' ')}`);
      const missing = expected.filter((url) => !actual.includes(url));
      const extra = actual.filter((url) => !expected.includes(url));
      if (missing.length > 0 || extra.length > 0)
        failures.push(`${kind} ${JSON.stringify(query)}: missing ${missing.join(' ')}; not containing it ${extra.join(' ')}`);
    }
    allRelevant += relevant;
    allFound += found;
    allCorrect += correct;
    const recall = relevant === 0 ? 1 : correct / relevant;
    const precision = found === 0 ? 1 : correct / found;
    rows.push(
      `${kind.padEnd(44)} ${String(queries.length).padStart(4)} queries  ${String(relevant).padStart(5)} pages expected  recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}`,
    );
  }
  rows.push(
    `${'all'.padEnd(44)} ${String(Object.values(cases.queries).flat().length).padStart(4)} queries  ${String(allRelevant).padStart(5)} pages expected  recall ${(allCorrect / Math.max(1, allRelevant)).toFixed(3)}  precision ${(allFound === 0 ? 1 : allCorrect / allFound).toFixed(3)}`,
  );
  return { report: `Exact search over ${cases.corpus.size} searchable pages (seed ${SEED}):\n${rows.join('\n')}`, failures };
}
