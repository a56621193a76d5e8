import { describe, expect, it } from 'vitest';
import { compareIds, compareIsoDates, compareZh } from '../../src/lib/text/order.ts';

describe('compareIds', () => {
  it.each([
    [
      ['t10', 't2', 't1'],
      ['t1', 't2', 't10'],
    ],
    [
      ['anze-2022-50-t1-10', 'anze-2022-50-t1-9', 'anze-2022-50-t1'],
      ['anze-2022-50-t1', 'anze-2022-50-t1-9', 'anze-2022-50-t1-10'],
    ],
    [
      ['b', 'a', 'a'],
      ['a', 'a', 'b'],
    ],
  ])('sorts %j as %j', (ids, sorted) => {
    expect([...ids].sort(compareIds)).toEqual(sorted);
  });
});

describe('compareIsoDates', () => {
  it.each([
    [
      ['2023-01-05', '2022-12-31', '9999', '2022-09-30'],
      ['2022-09-30', '2022-12-31', '2023-01-05', '9999'],
    ],
    [
      ['2022-09-30', '2022-09-30'],
      ['2022-09-30', '2022-09-30'],
    ],
  ])('sorts %j as %j', (dates, sorted) => {
    expect([...dates].sort(compareIsoDates)).toEqual(sorted);
  });
});

describe('compareZh', () => {
  it.each([
    [
      ['临汾市', '安泽县', '驻马店市', '山西省'],
      ['安泽县', '临汾市', '山西省', '驻马店市'],
    ],
    [
      ['自然资源局', '财政局', '发展和改革局'],
      ['财政局', '发展和改革局', '自然资源局'],
    ],
    [
      ['安政办发〔2022〕50号', '安政发〔2023〕16号'],
      ['安政办发〔2022〕50号', '安政发〔2023〕16号'],
    ],
  ])('sorts %j as %j', (names, sorted) => {
    expect([...names].sort(compareZh)).toEqual(sorted);
    // The same order as localeCompare with the zh-CN locale.
    expect([...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))).toEqual(sorted);
  });
});
