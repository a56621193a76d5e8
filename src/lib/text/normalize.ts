/**
 * Text normalisation shared by transcription checks, document-number matching and search.
 * Pure functions; no I/O.
 */

/** Brackets that printed documents use interchangeably around a document number's year. */
const OPENING_BRACKETS = /[〔［\[【（(]/gu;
const CLOSING_BRACKETS = /[〕］\]】）)]/gu;

/**
 * Normalises text for exact-match comparison: Unicode NFKC, all whitespace removed,
 * every bracket variant mapped to 〔 and 〕.
 * Two strings that a reader would call "the same text" compare equal after this.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(OPENING_BRACKETS, '〔')
    .replace(CLOSING_BRACKETS, '〕');
}

const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’';

/**
 * Removes spaces that PDF extraction leaves inside Chinese text (`2022 年 9 月` → `2022年9月`,
 * `付 强` → `付强`) while keeping spaces between Latin words.
 */
export function removeStraySpaces(text: string): string {
  const aroundHan = new RegExp(
    `(?<=[${HAN}${CJK_PUNCT}0-9%.])[ \\t\\u3000]+(?=[${HAN}${CJK_PUNCT}])|(?<=[${HAN}${CJK_PUNCT}])[ \\t\\u3000]+(?=[0-9%${HAN}${CJK_PUNCT}])`,
    'gu',
  );
  return text.replace(aroundHan, '');
}
