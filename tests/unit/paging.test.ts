import { describe, expect, it } from 'vitest';
import { partRows, splitIntoParts, DEFAULT_PART_ROWS } from '../../src/lib/pages/paging.ts';

/** Rows `a1 a2 b1` stand for rows of notices a and b. */
const rows = (text: string) => text.split(' ').filter(Boolean);
const shape = (parts: Array<{ number: number; items: string[] }>) => parts.map((part) => `${part.number}:${part.items.join(',')}`);

describe('splitIntoParts', () => {
  it.each([
    { case: 'an empty list has no parts', items: '', budget: 3, parts: [] },
    { case: 'a list within the budget is one part', items: 'a1 a2 b1', budget: 3, parts: ['1:a1,a2,b1'] },
    { case: 'parts are filled oldest first', items: 'a1 b1 c1 d1 e1', budget: 2, parts: ['1:a1,b1', '2:c1,d1', '3:e1'] },
    { case: 'a notice’s rows stay together', items: 'a1 a2 b1 b2 c1', budget: 3, parts: ['1:a1,a2', '2:b1,b2,c1'] },
    { case: 'a notice larger than the budget gets a part of its own', items: 'a1 b1 b2 b3 b4 c1', budget: 2, parts: ['1:a1', '2:b1,b2,b3,b4', '3:c1'] },
    { case: 'a budget of one row', items: 'a1 b1', budget: 1, parts: ['1:a1', '2:b1'] },
  ])('$case', ({ items, budget, parts }) => {
    expect(shape(splitIntoParts(rows(items), budget, (row) => row[0]!))).toEqual(parts);
  });

  it('without groups splits row by row', () => {
    expect(shape(splitIntoParts(rows('a1 a2 a3'), 2))).toEqual(['1:a1,a2', '2:a3']);
  });

  it('keeps the earlier parts as newer rows arrive (stable URLs)', () => {
    const before = splitIntoParts(rows('a1 a2 b1 c1 c2 d1'), 3, (row) => row[0]!);
    const after = splitIntoParts(rows('a1 a2 b1 c1 c2 d1 d2 e1 f1 f2'), 3, (row) => row[0]!);
    expect(shape(after).slice(0, before.length - 1)).toEqual(shape(before).slice(0, -1));
  });

  it('refuses a budget below one row', () => {
    expect(() => splitIntoParts(['a'], 0)).toThrow(RangeError);
  });
});

describe('partRows', () => {
  it.each([
    { env: {}, rows: DEFAULT_PART_ROWS },
    { env: { SITE_PART_ROWS: '40' }, rows: 40 },
    { env: { SITE_PART_ROWS: '0' }, rows: DEFAULT_PART_ROWS },
    { env: { SITE_PART_ROWS: 'many' }, rows: DEFAULT_PART_ROWS },
  ])('$env → $rows', ({ env, rows: expected }) => {
    expect(partRows(env)).toBe(expected);
  });
});
