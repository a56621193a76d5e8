/**
 * Text normalisation shared by transcription checks, document-number matching and search.
 * Pure functions; no I/O.
 */

/** Brackets that printed documents use interchangeably around a document number's year. */
const OPENING_BRACKETS = /[〔［[【（(]/gu;
const CLOSING_BRACKETS = /[〕］\]】）)]/gu;

/**
 * Normalises text for exact-match comparison: Unicode NFKC, all whitespace removed,
 * every bracket variant mapped to 〔 and 〕.
 * Two strings that a reader would call "the same text" compare equal after this.
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(OPENING_BRACKETS, '〔').replace(CLOSING_BRACKETS, '〕');
}
