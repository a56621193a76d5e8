import { describe, expect, it } from 'vitest';
import { normalizeSearchText, normalizeWithOffsets, occurrences, parseQuery } from '../../src/lib/search/normalize.ts';

describe('normalizeSearchText', () => {
  it('treats every bracket variant of a document number alike', () => {
    const variants = [
      '安政办发〔2022〕50号',
      '安政办发[2022]50号',
      '安政办发【2022】50号',
      '安政办发［2022］50号',
      '安政办发(2022)50号',
      '安政办发（2022）50号',
    ];
    for (const variant of variants) expect(normalizeSearchText(variant)).toBe('安政办发〔2022〕50号');
  });

  it('ignores spaces, line breaks, ideographic and zero-width spaces', () => {
    expect(normalizeSearchText('安政办发 〔2022〕 50 号')).toBe('安政办发〔2022〕50号');
    expect(normalizeSearchText('2022 年\n9 月\u300014 日')).toBe('2022年9月14日');
    expect(normalizeSearchText('批\u200B而\u200C未\u200D供\u2060\uFEFF')).toBe('批而未供');
  });

  it('applies NFKC: full-width digits and letters, compatibility characters', () => {
    expect(normalizeSearchText('１２７．５３亩')).toBe('127.53亩');
    expect(normalizeSearchText('ＰＤＦ')).toBe('PDF');
    expect(normalizeSearchText('⑴')).toBe(normalizeSearchText('(1)'));
  });

  it('keeps Chinese punctuation and quotation marks that are not brackets', () => {
    expect(normalizeSearchText('推进“标准地”改革，')).toBe('推进“标准地”改革,');
    expect(normalizeSearchText('《方案》')).toBe('《方案》');
  });

  it('is case-sensitive, as the exact-match rule is defined', () => {
    expect(normalizeSearchText('PDF')).not.toBe(normalizeSearchText('pdf'));
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every normalised character back to its source', () => {
    const source = '安政办发 [2022] 50 号';
    const mapped = normalizeWithOffsets(source);
    expect(mapped.text).toBe('安政办发〔2022〕50号');
    expect(mapped.exact).toBe(true);
    const at = mapped.text.indexOf('〔2022〕');
    expect(source.slice(mapped.starts[at], mapped.ends[at + 5])).toBe('[2022]');
  });

  it('maps characters that NFKC expands to the whole source character', () => {
    const mapped = normalizeWithOffsets('面积1㎡');
    expect(mapped.text).toBe('面积1m2');
    expect(mapped.starts.slice(3)).toEqual([3, 3]);
    expect(mapped.ends.slice(3)).toEqual([4, 4]);
  });

  it('says when piecewise normalising differs from normalising the whole', () => {
    expect(normalizeWithOffsets('e\u0301').exact).toBe(true);
    // Hangul jamo compose only as a sequence.
    expect(normalizeWithOffsets('\u1100\u1161').exact).toBe(false);
  });

  it('normalises each cluster as if alone, repeated ones too, with and without combining marks', () => {
    const reference = (source: string) => {
      const starts: number[] = [];
      const ends: number[] = [];
      let text = '';
      for (const match of source.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
        const piece = normalizeSearchText(match[0]);
        text += piece;
        for (let unit = 0; unit < piece.length; unit += 1) {
          starts.push(match.index);
          ends.push(match.index + match[0].length);
        }
      }
      return { text, starts, ends };
    };
    for (const source of ['〔2022〕50号（一）　㎡㎡ 𠀋𠀋 ＡＡ', 'cafe\u0301 〔2022〕 cafe\u0301 ㎡']) {
      const { text, starts, ends } = normalizeWithOffsets(source);
      expect({ text, starts, ends }).toEqual(reference(source));
    }
  });

  it('handles characters outside the Basic Multilingual Plane', () => {
    const mapped = normalizeWithOffsets('𠀋 字');
    expect(mapped.text).toBe('𠀋字');
    expect(mapped.starts).toEqual([0, 0, 3]);
  });
});

describe('occurrences', () => {
  it('finds non-overlapping occurrences left to right', () => {
    expect(occurrences('批而未供批而未供', '批而未供')).toEqual([0, 4]);
    expect(occurrences('aaaa', 'aa')).toEqual([0, 2]);
    expect(occurrences('abc', '')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('trims and normalises', () => {
    expect(parseQuery('  安政办发 [2022] 50号 ')).toEqual({ text: '安政办发 [2022] 50号', normalized: '安政办发〔2022〕50号' });
  });

  it('drops one pair of ASCII quotes around the whole query, keeps Chinese quotation marks', () => {
    expect(parseQuery('"批而未供"').normalized).toBe('批而未供');
    expect(parseQuery('“标准地”').normalized).toBe('“标准地”');
    expect(parseQuery('"').normalized).toBe('"');
  });

  it('gives an empty normalised query for blank input', () => {
    expect(parseQuery(' \u3000 ').normalized).toBe('');
  });
});
