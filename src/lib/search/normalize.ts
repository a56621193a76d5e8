/**
 * Normalisation for exact ("Ctrl+F") search. Pure functions, safe in the browser and in Node.
 *
 * Two texts match when the normalised query is a substring of the normalised page text, where
 * normalising is {@link normalizeForMatch} (Unicode NFKC, whitespace removed, bracket variants
 * 〔〕【】［］[]（）() mapped to 〔〕) after removing zero-width characters, which are invisible
 * and which the search index uses as word separators.
 */
import { normalizeForMatch } from '../text/normalize.ts';

/** Zero-width characters: invisible, so ignored like whitespace. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/** The normalised form of a page text or a query: what exact matching compares. */
export function normalizeSearchText(text: string): string {
  return normalizeForMatch(text.replace(ZERO_WIDTH, ''));
}

/** A normalised text with, for each of its UTF-16 code units, the range of the source it came from. */
export interface MappedText {
  /** The normalised text. */
  text: string;
  /** `starts[i]` is the source offset where the source of `text[i]` starts. */
  starts: number[];
  /** `ends[i]` is the source offset just after the source of `text[i]`. */
  ends: number[];
  /**
   * Whether `text` equals {@link normalizeSearchText} of the whole source. Normalising piece by
   * piece differs from normalising the whole only around unusual combining sequences; when it
   * does, use `text` for positions only and the whole-string form for deciding matches.
   */
  exact: boolean;
}

/**
 * Normalises `source` like {@link normalizeSearchText} while keeping, for every character of the
 * result, where it came from, so that a match in normalised text can be highlighted in the source.
 * The source is normalised cluster by cluster (a code point with the combining marks after it).
 */
export function normalizeWithOffsets(source: string): MappedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const pieces: string[] = [];
  // A page has a few thousand distinct clusters among its hundred thousand: each is normalised once
  // (normalising every cluster anew, found with a Unicode-property regex, took 40–170 ms for a unit
  // page's record at 1,000 notices).
  const normalized = new Map<string, string>();
  const add = (unit: string, start: number) => {
    let piece = normalized.get(unit);
    if (piece === undefined) normalized.set(unit, (piece = normalizeSearchText(unit)));
    const end = start + unit.length;
    for (let at = 0; at < piece.length; at += 1) {
      starts.push(start);
      ends.push(end);
    }
    pieces.push(piece);
  };
  if (/\p{M}/u.test(source)) {
    const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
    for (let match = cluster.exec(source); match !== null; match = cluster.exec(source)) add(match[0], match.index);
  } else {
    // No combining mark anywhere (nearly every page): every code point is a cluster.
    let at = 0;
    for (const char of source) {
      add(char, at);
      at += char.length;
    }
  }
  const text = pieces.join('');
  return { text, starts, ends, exact: text === normalizeSearchText(source) };
}

/** Start offsets of the non-overlapping occurrences of `needle` in `haystack`, left to right. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** A query as typed, and the form that is matched. */
export interface SearchQuery {
  /** The query as typed, trimmed. */
  text: string;
  /** Its normalised form; empty when there is nothing to search for. */
  normalized: string;
}

/**
 * Reads a query as typed. Every search is already an exact phrase search, so one pair of ASCII
 * double quotes around the whole query (a habit from other search engines) is dropped; Chinese
 * quotation marks “…” are text and stay.
 */
export function parseQuery(raw: string): SearchQuery {
  const text = raw.trim();
  const unquoted = /^"(.+)"$/su.exec(text)?.[1] ?? text;
  return { text, normalized: normalizeSearchText(unquoted) };
}
