import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../src/lib/search/normalize.ts';
import { encodeChar, encodeChars, indexTokens, queryTerms } from '../../src/lib/search/terms.ts';

/** A small deterministic random generator, so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What Pagefind does with a query term: match it as a prefix of the page's words. */
const found = (tokens: readonly string[], term: string) => tokens.some((token) => token.startsWith(term));

const ALPHABET = [...'批而未供标准地用土县政府办发〔〕【】[]（）()“”，。、：；0123456789.%年月日号aBc𠀋㎡ \u3000'];

describe('encodeChar', () => {
  it('writes every character as four lowercase base-36 digits', () => {
    expect(encodeChar('批')).toMatch(/^[0-9a-z]{4}$/u);
    expect(encodeChar('\u{10FFFF}')).toBe('nvnj');
    expect(encodeChar('\u0000')).toBe('0000');
    expect(encodeChar('𠀋')).toHaveLength(4);
    expect(encodeChars('批而')).toBe(encodeChar('批') + encodeChar('而'));
  });

  it('keeps case and punctuation apart', () => {
    expect(encodeChar('a')).not.toBe(encodeChar('A'));
    expect(encodeChar('〔')).not.toBe(encodeChar('〕'));
  });
});

describe('indexTokens', () => {
  it('gives every character its pair with the next one, and the last one alone, distinct and sorted', () => {
    const tokens = indexTokens('批而未供批而');
    expect(tokens).toEqual([...new Set([encodeChars('批而'), encodeChars('而未'), encodeChars('未供'), encodeChars('供批'), encodeChars('而')])].sort());
    expect(indexTokens('')).toEqual([]);
  });

  it('produces only lowercase ASCII letters and digits, which no segmenter splits', () => {
    for (const token of indexTokens(normalizeSearchText('安政办发〔2022〕50号，面积127.53亩（约）'))) expect(token).toMatch(/^[0-9a-z]+$/u);
  });
});

describe('queryTerms', () => {
  it('cuts a query into its encoded pairs of adjacent characters', () => {
    expect(queryTerms('批而未供')).toEqual(['批而', '而未', '未供'].map(encodeChars));
    expect(queryTerms('标准地')).toEqual([encodeChars('标准'), encodeChars('准地')]);
    expect(queryTerms('县')).toEqual([encodeChars('县')]);
    expect(queryTerms('')).toEqual([]);
  });

  it('keeps at most maxTerms distinct terms, spread over the query', () => {
    const terms = queryTerms('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯', 4);
    expect(terms).toHaveLength(4);
    expect(terms[0]).toBe(encodeChars('一二'));
    expect(terms.at(-1)).toBe(encodeChars('寅卯'));
    expect(queryTerms('哈哈哈哈哈哈')).toEqual([encodeChars('哈哈')]);
  });

  it('keeps digits and punctuation, which tell document numbers apart', () => {
    expect(queryTerms('安政办发〔2022〕50号', 12)).toEqual(
      ['安政', '政办', '办发', '发〔', '〔2', '20', '02', '22', '2〕', '〕5', '50', '0号'].map(encodeChars),
    );
    expect(queryTerms('127.53', 2)).toEqual(['12', '53'].map(encodeChars));
  });

  it('finds every text that contains the query (random texts and substrings)', () => {
    const next = random(20240914);
    const pick = () => ALPHABET[Math.floor(next() * ALPHABET.length)]!;
    for (let round = 0; round < 400; round += 1) {
      const text = normalizeSearchText(Array.from({ length: 5 + Math.floor(next() * 60) }, pick).join(''));
      const tokens = indexTokens(text);
      const chars = Array.from(text);
      if (chars.length === 0) continue;
      const length = 1 + Math.floor(next() * Math.min(12, chars.length));
      const start = Math.floor(next() * (chars.length - length + 1));
      const query = chars.slice(start, start + length).join('');
      for (const term of queryTerms(query, 1 + Math.floor(next() * 8))) expect(found(tokens, term), `${query} in ${text}`).toBe(true);
    }
  });

  it('narrows: a text without a piece of the query is not found', () => {
    const tokens = indexTokens(normalizeSearchText('批而未用土地'));
    expect(queryTerms('批而未供').every((term) => found(tokens, term))).toBe(false);
    expect(queryTerms('地改').every((term) => found(tokens, term))).toBe(false);
  });
});
