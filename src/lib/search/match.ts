/**
 * Checks a page that Pagefind returned against the query, and finds where the query occurs:
 * which clause (element with an id) and the excerpt around it. Pure; runs in the browser.
 */
import { ANCHOR_MARK, ANCHORS_FIELD } from './index-format.ts';
import { normalizeSearchText, normalizeWithOffsets, occurrences } from './normalize.ts';

/** What the search page gets from Pagefind for a page (`result.data()`). */
export interface StoredPage {
  /** URL of the page, with the site's base path. */
  url: string;
  /** The page text as stored by the index builder (with clause marks; zero-width characters are ignored). */
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

/** A piece of an excerpt; `mark` pieces are the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The occurrences of the query in one clause of a page. */
export interface ClauseHit {
  /** Link to the clause: the page URL with `#id`, or the page URL for text before any clause. */
  href: string;
  /** Citation label of the clause (e.g. `三（一）2`), or a heading, or empty. */
  label: string;
  /** Occurrences in this clause. */
  count: number;
  /** Text around the first occurrence, with every occurrence inside it marked. */
  excerpt: ExcerptPart[];
}

/** A page that contains the query. */
export interface PageMatch {
  url: string;
  title: string;
  docNumber?: string;
  issuer?: string;
  /** ISO date, for notices. */
  date?: string;
  /** Occurrences on the whole page. */
  count: number;
  /** Whether the title or the document number contains the query. */
  inTitle: boolean;
  /** One entry per clause with occurrences, in page order. */
  hits: ClauseHit[];
  /** Position among Pagefind's results (its relevance order). */
  rank: number;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
const INVISIBLE = new RegExp(`[\u200B-\u200D\u2060\uFEFF${ANCHOR_MARK}]`, 'gu');

/** A metadata value as shown: without the marks the index builder adds to the text. */
export function cleanMeta(value: string | undefined): string | undefined {
  const clean = value?.replace(INVISIBLE, '').trim();
  return clean ? clean : undefined;
}

/** Title, document number, issuer and date of a stored page, for showing it. */
export function pageFacts(page: StoredPage): Pick<PageMatch, 'title' | 'docNumber' | 'issuer' | 'date'> {
  const facts: Pick<PageMatch, 'title' | 'docNumber' | 'issuer' | 'date'> = { title: cleanMeta(page.meta['title']) ?? page.url.split('#')[0]! };
  const docNumber = cleanMeta(page.meta['docNumber']);
  const issuer = cleanMeta(page.meta['issuer']);
  const date = cleanMeta(page.meta['date']);
  if (docNumber) facts.docNumber = docNumber;
  if (issuer) facts.issuer = issuer;
  if (date) facts.date = date;
  return facts;
}
const BEFORE = 30;
const AFTER = 60;

/** The anchors stored with a page: `[id, label]` pairs in page order. */
function storedAnchors(meta: StoredPage['meta']): Array<[string, string]> {
  try {
    const value: unknown = JSON.parse(meta[ANCHORS_FIELD] ?? '[]');
    return Array.isArray(value)
      ? value.filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string').map(([id, label]) => [id, String(label ?? '')])
      : [];
  } catch {
    return [];
  }
}

/** Moves an offset off the second half of a surrogate pair. */
const codePointStart = (text: string, at: number) => (at > 0 && at < text.length && /[\uDC00-\uDFFF]/u.test(text[at]!) ? at - 1 : at);

/**
 * The text of `display` from `start` to `end` with the ranges in `marks` marked, whitespace collapsed,
 * with an ellipsis where the excerpt cuts the clause's text.
 */
function excerptParts(display: string, start: number, end: number, marks: Array<[number, number]>, cut: { start: boolean; end: boolean }): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [from, to] of marks) {
    if (from < at || to > end) continue;
    if (from > at) parts.push({ text: display.slice(at, from), mark: false });
    parts.push({ text: display.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: display.slice(at, end), mark: false });
  const collapsed = parts.map((part) => ({ ...part, text: part.text.replace(/\s+/gu, ' ') }));
  if (collapsed[0] && !collapsed[0].mark) collapsed[0] = { ...collapsed[0], text: collapsed[0].text.trimStart() };
  const last = collapsed.at(-1);
  if (last && !last.mark) collapsed[collapsed.length - 1] = { ...last, text: last.text.trimEnd() };
  if (cut.start) collapsed.unshift({ text: '…', mark: false });
  if (cut.end) collapsed.push({ text: '…', mark: false });
  return collapsed.filter((part) => part.text !== '');
}

/**
 * Whether `page` contains the normalised query, and where. Undefined when it does not: the page was
 * a Pagefind candidate that contains the query's pieces but not the query itself.
 * @param query normalised query (normalizeSearchText), not empty
 * @param rank the page's position among Pagefind's results
 */
export function matchPage(page: StoredPage, query: string, rank = 0): PageMatch | undefined {
  const segments = page.content.split(ANCHOR_MARK).map((segment) => segment.replace(ZERO_WIDTH, ''));
  const display = segments.join('');
  if (!normalizeSearchText(display).includes(query)) return undefined;

  const anchors = storedAnchors(page.meta);
  const segmentStarts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    segmentStarts.push(offset);
    offset += segment.length;
  }
  const mapped = normalizeWithOffsets(display);
  const ranges: Array<[number, number]> = occurrences(mapped.text, query).map((at) => [mapped.starts[at]!, mapped.ends[at + query.length - 1]!]);
  const base = page.url.split('#')[0]!;

  const hits: ClauseHit[] = [];
  let current: { segment: number; hit: ClauseHit } | undefined;
  for (const [from, to] of ranges) {
    let segment = segmentStarts.length - 1;
    while (segment > 0 && segmentStarts[segment]! > from) segment -= 1;
    if (current?.segment === segment) {
      current.hit.count += 1;
      continue;
    }
    const anchor = segment > 0 ? anchors[segment - 1] : undefined;
    // The excerpt stays inside the clause, so that it reads as what the label cites.
    const segmentEnd = segmentStarts[segment + 1] ?? display.length;
    let start = codePointStart(display, Math.max(segmentStarts[segment]!, from - BEFORE));
    let end = codePointStart(display, Math.min(Math.max(segmentEnd, to), to + AFTER));
    // Do not cut another occurrence in half at the edges of the excerpt.
    for (const [otherFrom, otherTo] of ranges) {
      if (otherFrom < start && start < otherTo) start = otherTo;
      if (otherFrom < end && end < otherTo) end = otherFrom;
    }
    current = {
      segment,
      hit: {
        href: anchor ? `${base}#${encodeURIComponent(anchor[0])}` : base,
        label: anchor?.[1] ?? '',
        count: 1,
        excerpt: excerptParts(display, start, end, ranges, {
          start: /\S/u.test(display.slice(segmentStarts[segment]!, start)),
          end: /\S/u.test(display.slice(end, segmentEnd)),
        }),
      },
    };
    hits.push(current.hit);
  }
  // Normalising piece by piece can, for unusual combining sequences, hide a match that the whole text has.
  if (hits.length === 0)
    hits.push({ href: base, label: '', count: 1, excerpt: [{ text: display.slice(0, BEFORE + AFTER).replace(/\s+/gu, ' '), mark: false }] });

  const facts = pageFacts(page);
  return {
    url: base,
    ...facts,
    count: hits.reduce((total, hit) => total + hit.count, 0),
    inTitle: [facts.title, facts.docNumber ?? ''].some((field) => normalizeSearchText(field).includes(query)),
    hits,
    rank,
  };
}
