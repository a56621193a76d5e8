import { describe, expect, it } from 'vitest';
import { findDocNumbers, normalizeDocNumber } from '../../src/lib/text/docnumber.ts';
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

describe('normalizeForMatch', () => {
  it.each([
    ['２０２２年 ９月', '2022年9月'],
    ['临政办发[2022]35 号', '临政办发〔2022〕35号'],
    ['批而\n未供', '批而未供'],
  ])('%j → %j', (input, output) => expect(normalizeForMatch(input)).toBe(output));
});
