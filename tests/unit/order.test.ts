import { describe, expect, it } from 'vitest';
import { compareIds, compareIsoDates } from '../../src/lib/text/order.ts';

describe('compareIds', () => {
  it.each([
    [['t10', 't2', 't1'], ['t1', 't2', 't10']],
    [['anze-2022-50-t1-10', 'anze-2022-50-t1-9', 'anze-2022-50-t1'], ['anze-2022-50-t1', 'anze-2022-50-t1-9', 'anze-2022-50-t1-10']],
    [['b', 'a', 'a'], ['a', 'a', 'b']],
  ])('sorts %j as %j', (ids, sorted) => {
    expect([...ids].sort(compareIds)).toEqual(sorted);
  });
});

describe('compareIsoDates', () => {
  it.each([
    [['2023-01-05', '2022-12-31', '9999', '2022-09-30'], ['2022-09-30', '2022-12-31', '2023-01-05', '9999']],
    [['2022-09-30', '2022-09-30'], ['2022-09-30', '2022-09-30']],
  ])('sorts %j as %j', (dates, sorted) => {
    expect([...dates].sort(compareIsoDates)).toEqual(sorted);
  });
});
