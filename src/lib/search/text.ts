import { normalizeForMatch } from '../text/normalize.ts';

// Han characters and full-width punctuation each stand alone in the index.
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’、。，；：？！]/u;

/**
 * Puts a space between every two Han characters, so that the search index holds each
 * character as a term. Pagefind's Chinese segmentation differs between indexing and querying
 * (批而未供, 标准地); characters do not, so every page that contains a query contains all its
 * terms and is among the candidates. Removing whitespace gives the text back.
 */
export function spaceHan(text: string): string {
  // Built as an array: reading the end of a growing string would flatten it on every character.
  const parts: string[] = [];
  let last = '';
  for (const char of text) {
    if ((HAN.test(char) || HAN.test(last)) && last !== '' && !/\s/u.test(last) && !/\s/u.test(char)) parts.push(' ');
    parts.push(char);
    last = char;
  }
  return parts.join('');
}

/** The query as Pagefind receives it: normalised like the index, characters spaced. */
export function searchTermsOf(query: string): string {
  return spaceHan(normalizeForMatch(query));
}

/** A clause anchor at a position of a page's normalised text. */
export interface AnchorOffset {
  offset: number;
  id: string;
}

/** All offsets at which the normalised query occurs in the normalised text. */
export function matchOffsets(normalizedText: string, query: string): number[] {
  const needle = normalizeForMatch(query);
  if (needle === '') return [];
  const offsets: number[] = [];
  for (let index = normalizedText.indexOf(needle); index !== -1; index = normalizedText.indexOf(needle, index + 1)) offsets.push(index);
  return offsets;
}

/** The clause that contains position `offset`: the last anchor starting at or before it. */
export function anchorAt(anchors: readonly AnchorOffset[], offset: number): string | undefined {
  let found: string | undefined;
  for (const anchor of anchors) {
    if (anchor.offset > offset) break;
    found = anchor.id;
  }
  return found;
}

/** An excerpt of `normalizedText` around a match, split so the match can be highlighted. */
export function excerptAround(normalizedText: string, offset: number, length: number, context = 40): { before: string; match: string; after: string } {
  const start = Math.max(0, offset - context);
  const end = Math.min(normalizedText.length, offset + length + context);
  return {
    before: `${start > 0 ? '…' : ''}${normalizedText.slice(start, offset)}`,
    match: normalizedText.slice(offset, offset + length),
    after: `${normalizedText.slice(offset + length, end)}${end < normalizedText.length ? '…' : ''}`,
  };
}
