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
