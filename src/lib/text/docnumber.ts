import { normalizeForMatch } from './normalize.ts';

/**
 * A Chinese official document number (文号) such as 安政办发〔2022〕50号, also as printed with
 * other brackets ([ ] 【】 （） ( ), mixed pairs like `(2021]`) and stray spaces (`50 号`).
 * The issuer prefix is 1–10 Han characters; the year is four digits.
 */
export const DOC_NUMBER_PATTERN = /\p{Script=Han}{1,10}\s*[〔［[【（(]\s*\d{4}\s*[〕］\]】）)]\s*\d{1,4}\s*号/gu;

/**
 * Canonical form of a document number: brackets 〔〕, no spaces, NFKC.
 * `临政办发[2022]35 号` → `临政办发〔2022〕35号`.
 */
export function normalizeDocNumber(printed: string): string {
  return normalizeForMatch(printed);
}

/** A document number found in running text, with its position. */
export interface DocNumberMatch {
  /** The characters as they stand in the text. */
  printed: string;
  /** {@link normalizeDocNumber} of `printed`. */
  normalized: string;
  /** Offset of the first character in the searched text. */
  index: number;
}

/**
 * Finds every document number in `text`. The prefix is trimmed to the issuer abbreviation:
 * a number cited inside a sentence (`的通知》（临政办发〔2022〕35号）`) starts after the bracket.
 */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const matches: DocNumberMatch[] = [];
  // Every document number ends in 号; most text has none, and the full pattern is slow on Han text.
  if (!text.includes('号')) return matches;
  for (const match of text.matchAll(DOC_NUMBER_PATTERN)) {
    let printed = match[0];
    let index = match.index;
    // The Han run before the bracket may include words of the sentence (`文件精神，根据晋政办发`
    // cannot occur because punctuation stops the run, but `印发晋政办发` can); issuer
    // abbreviations end in 发/函/文/办/令/字 or a short form, so keep at most the last 8 Han chars.
    const prefixLength = printed.search(/[\s〔［[【（(]/u);
    if (prefixLength > 8) {
      index += prefixLength - 8;
      printed = printed.slice(prefixLength - 8);
    }
    matches.push({ printed, normalized: normalizeDocNumber(printed), index });
  }
  return matches;
}

/**
 * The part of `match` that is a known document number, for numbers the sentence runs into without
 * punctuation (`根据安政办发〔2022〕50号`, where findDocNumbers cannot tell the issuer from the words
 * before it): `match` itself if it is known, else the longest tail of it that is (`安政办发〔2022〕50号`),
 * dropping whole characters before the bracket, else `match` unchanged.
 */
export function knownDocNumber(match: DocNumberMatch, isKnown: (normalized: string) => boolean): DocNumberMatch {
  if (isKnown(match.normalized)) return match;
  const prefix = Array.from(match.printed.slice(0, Math.max(0, match.printed.search(/[\s〔［[【（(]/u))));
  let dropped = 0;
  for (const char of prefix.slice(0, -1)) {
    dropped += char.length;
    const printed = match.printed.slice(dropped);
    const normalized = normalizeDocNumber(printed);
    if (isKnown(normalized)) return { printed, normalized, index: match.index + dropped };
  }
  return match;
}
