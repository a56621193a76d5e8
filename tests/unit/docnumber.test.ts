import { describe, expect, it } from 'vitest';
import { findDocNumbers, knownDocNumber, normalizeDocNumber } from '../../src/lib/text/docnumber.ts';
import { normalizeForMatch } from '../../src/lib/text/normalize.ts';

describe('normalizeDocNumber', () => {
  it.each([
    ['安政办发〔2022〕50号', '安政办发〔2022〕50号'],
    ['安政办发〔2022〕50 号', '安政办发〔2022〕50号'],
    ['临政办发[2022]35 号', '临政办发〔2022〕35号'],
    ['晋政办函(2021]105号', '晋政办函〔2021〕105号'],
    ['息政文【2023】2号', '息政文〔2023〕2号'],
    ['驻政办（2021）19号', '驻政办〔2021〕19号'],
    ['驻政办 ［2021］ 19 号', '驻政办〔2021〕19号'],
  ])('%s → %s', (printed, normalized) => expect(normalizeDocNumber(printed)).toBe(normalized));
});

describe('findDocNumbers', () => {
  it('finds numbers in running text with their printed form and offset', () => {
    const text = '的通知》（临政办发[2022]35 号），指出(晋政办函(2021]105号)《山西省';
    const found = findDocNumbers(text);
    expect(found.map((match) => match.normalized)).toEqual(['临政办发〔2022〕35号', '晋政办函〔2021〕105号']);
    expect(found[0]?.printed).toBe('临政办发[2022]35 号');
    expect(text.slice(found[1]?.index, (found[1]?.index ?? 0) + (found[1]?.printed.length ?? 0))).toBe('晋政办函(2021]105号');
  });
  it('ignores amounts and dates', () => {
    expect(findDocNumbers('上级下达我县2022年度任务127.53亩，国土资源部令第61号')).toEqual([]);
  });
});

describe('knownDocNumber', () => {
  const known = new Set(['安政办发〔2022〕50号', '晋政办函〔2021〕105号']);
  const isKnown = (normalized: string) => known.has(normalized);
  const first = (text: string) => knownDocNumber(findDocNumbers(text)[0]!, isKnown);

  it.each([
    ['a number the sentence runs into', '为落实根据安政办发[2022]50号文件', '安政办发[2022]50号', 5],
    ['a number after punctuation (as found)', '的通知》（晋政办函(2021]105号）', '晋政办函(2021]105号', 5],
    ['a known number whose issuer is long', '印发晋政办函〔2021〕105号', '晋政办函〔2021〕105号', 2],
  ])('keeps %s to the known number', (_, text, printed, index) => {
    const match = first(text);
    expect(match).toMatchObject({ printed, index });
    expect(text.slice(match.index, match.index + match.printed.length)).toBe(printed);
  });

  it('leaves an unknown number as found', () => {
    const found = findDocNumbers('根据临政办发〔2022〕35号')[0]!;
    expect(knownDocNumber(found, isKnown)).toBe(found);
  });

  it('never keeps less than the issuer: a tail with no character before the bracket is not tried', () => {
    expect(first('发〔2022〕50号').printed).toBe('发〔2022〕50号');
  });
});

describe('normalizeForMatch', () => {
  it.each([
    ['２０２２年 ９月', '2022年9月'],
    ['临政办发[2022]35 号', '临政办发〔2022〕35号'],
    ['批而\n未供', '批而未供'],
  ])('%j → %j', (input, output) => expect(normalizeForMatch(input)).toBe(output));
});
