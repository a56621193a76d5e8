/**
 * Index terms that make Pagefind find every page containing a query, whatever its word segmenter
 * does. Pure functions, used at build time (tokens of each page) and in the browser (terms of a query).
 *
 * Pagefind matches each query term as a prefix of the words indexed for a page and returns the pages
 * that match all terms. Chinese has no spaces, and the segmenters at index time (ICU4X) and at query
 * time (the browser's Intl.Segmenter) split the same text differently, so plain Pagefind misses pages
 * that contain the query. We therefore give every page extra index words that no segmenter touches:
 *
 * - Every character of the page's normalised text is written as four base-36 digits of its code point
 *   ({@link encodeChar}), so the words are plain lowercase ASCII letters and digits, which Pagefind and
 *   the browser keep as they are (no segmenting, no case or accent folding, no punctuation dropped).
 * - For every character that another follows, the page gets the word for the two characters; the last
 *   character gets the word for itself ({@link indexTokens}).
 *
 * A query's terms are the words for pairs of adjacent characters of the normalised query (a
 * one-character query: the word for that character) ({@link queryTerms}). Invariant (tested): if a page's normalised
 * text contains the normalised query, every term of the query is a prefix of one of the page's words,
 * so Pagefind returns the page (recall 1). Pages that contain the pieces but not the whole query are
 * then removed by checking their text (precision 1).
 */

/** Digits per character: 36^4 covers every code point up to U+10FFFF. */
const WIDTH = 4;
/** One more than the largest code point: a pair of characters as one number is `first * PAIR_BASE + second`. */
const PAIR_BASE = 0x110000;

/** The index word for one character (one code point): four base-36 digits. */
export function encodeChar(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(36).padStart(WIDTH, '0');
}

/** The index word for a string of characters: the words of its characters, concatenated. */
export function encodeChars(chars: string): string {
  let word = '';
  for (const char of chars) word += encodeChar(char);
  return word;
}

/**
 * The extra index words of a page: for each character the word for it and the character after it,
 * and for the last character the word for itself. Distinct and sorted (sorted words compress better).
 * @param normalized the page text after normalizeSearchText
 */
export function indexTokens(normalized: string): string[] {
  const codes: number[] = [];
  for (const char of normalized) codes.push(char.codePointAt(0)!);
  if (codes.length === 0) return [];
  // Pairs as numbers while collecting: a page of a hundred thousand characters has few distinct pairs,
  // and numbers are much cheaper to keep distinct than strings.
  const pairs = new Set<number>();
  for (let at = 0; at + 1 < codes.length; at += 1) pairs.add(codes[at]! * PAIR_BASE + codes[at + 1]!);
  const encoded = new Map<number, string>();
  const encode = (code: number) => {
    let word = encoded.get(code);
    if (word === undefined) encoded.set(code, (word = code.toString(36).padStart(WIDTH, '0')));
    return word;
  };
  const tokens = [...pairs].map((pair) => encode(Math.floor(pair / PAIR_BASE)) + encode(pair % PAIR_BASE));
  tokens.push(encode(codes.at(-1)!));
  return [...new Set(tokens)].sort();
}

/**
 * The Pagefind query terms for a normalised query: the encoded pairs of adjacent characters of the
 * query, distinct, in query order (a one-character query: the word for that character, which Pagefind
 * matches as the start of the page's words).
 * Any subset of the pairs still finds every page that contains the query; more pairs let through fewer
 * pages that do not (so fewer pages to check), but each may cost Pagefind another index chunk to load.
 * So at most `maxTerms` pairs are used, spread over the query. Overlapping pairs, digits and
 * punctuation included, because they are what tells a document number from its neighbours: for
 * 安政办发〔2022〕50号 the pairs 〕5 and 50 leave out the pages that only cite 〔2022〕1050号.
 * Returns an empty list for an empty query.
 */
export function queryTerms(normalizedQuery: string, maxTerms = 6): string[] {
  const chars = Array.from(normalizedQuery);
  if (chars.length <= 2) return chars.length === 0 ? [] : [encodeChars(chars.join(''))];
  const pairs: string[] = [];
  for (let at = 0; at + 1 < chars.length; at += 1) pairs.push(chars[at]! + chars[at + 1]!);
  return spread([...new Set(pairs)], maxTerms).map(encodeChars);
}

/** Up to `count` items of `items`, evenly spread, in order. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, Math.max(count, 0));
  return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]!);
}
