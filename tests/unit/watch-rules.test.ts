import { describe, expect, it } from 'vitest';
import { buildsToPrune, isSourceChange } from '../../src/lib/project/watch-rules.ts';

describe('isSourceChange', () => {
  it.each(['progress/anze-2022-50.csv', 'notices/anze-2022-50.mdx', 'tasks', 'progress/x.CSV', 'progres/typo.csv', null, undefined])(
    'rebuilds for %s',
    (file) => {
      expect(isSourceChange(file)).toBe(true);
    },
  );
  it.each([
    'progress/.anze-2022-50.csv.swp',
    'progress/~$anze-2022-50.csv',
    'progress/.~lock.anze-2022-50.csv#',
    'notices/anze-2022-50.mdx~',
    'tasks/x.csv.tmp',
    'notices/#x.mdx#',
    '.DS_Store',
  ])('ignores the scratch file %s', (file) => {
    expect(isSourceChange(file)).toBe(false);
  });
});

describe('buildsToPrune', () => {
  it('keeps the newest builds and never the one being served', () => {
    expect(buildsToPrune(['1000', '3000', '2000', '4000'], '4000', 2)).toEqual(['2000', '1000']);
    // A newer build that failed half-way is not served; the served one stays even when old.
    expect(buildsToPrune(['1000', '3000', '2000', '4000'], '1000', 2)).toEqual(['2000']);
    expect(buildsToPrune(['1000'], '1000', 3)).toEqual([]);
  });
});
