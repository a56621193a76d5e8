import { describe, expect, it } from 'vitest';
import {
  countFilters,
  planShards,
  shardFolder,
  shardOrder,
  shardPagesWithin,
  siteFilterCounts,
  yearsNamed,
  type ShardablePage,
} from '../../src/lib/search/shards.ts';

const page = (key: string, date?: string, late = false): ShardablePage => ({ key, date, late });
const keysOf = (pages: ShardablePage[], shards: Array<{ pages: number[] }>) => shards.map((shard) => shard.pages.map((at) => pages[at]!.key));

describe('planShards', () => {
  const pages = [
    page('/units/b/'),
    page('/notices/old/', '2021-05-01'),
    page('/tasks/'),
    page('/notices/new-b/', '2023-09-01'),
    page('/people/', undefined, true),
    page('/notices/mid/', '2022-09-14'),
    page('/notices/new-a/', '2023-09-01'),
    page('/units/a/'),
  ];

  it.each([
    {
      name: 'one index when everything fits: dated newest first, then undated by path, late pages last',
      maxPages: 8,
      shards: [['/notices/new-a/', '/notices/new-b/', '/notices/mid/', '/notices/old/', '/tasks/', '/units/a/', '/units/b/', '/people/']],
      dated: [true],
    },
    {
      name: 'dated and undated pages in shards of their own, of equal size',
      maxPages: 3,
      shards: [
        ['/notices/new-a/', '/notices/new-b/'],
        ['/notices/mid/', '/notices/old/'],
        ['/tasks/', '/units/a/'],
        ['/units/b/', '/people/'],
      ],
      dated: [true, true, false, false],
    },
    {
      name: 'a shard per page at the smallest size',
      maxPages: 1,
      shards: [['/notices/new-a/'], ['/notices/new-b/'], ['/notices/mid/'], ['/notices/old/'], ['/tasks/'], ['/units/a/'], ['/units/b/'], ['/people/']],
      dated: [true, true, true, true, false, false, false, false],
    },
  ])('$name', ({ maxPages, shards, dated }) => {
    const plan = planShards(pages, maxPages);
    expect(keysOf(pages, plan)).toEqual(shards);
    expect(plan.map((shard) => shard.dated)).toEqual(dated);
    // Every page is in exactly one shard.
    expect(plan.flatMap((shard) => shard.pages).sort()).toEqual(pages.map((_, at) => at).sort());
  });

  it('plans no shard for no page, and refuses a size below one page', () => {
    expect(planShards([], 10)).toEqual([]);
    expect(() => planShards(pages, 0)).toThrow(/at least one page/u);
  });

  it('keeps shards of at most maxPages for a large site', () => {
    const many = Array.from({ length: 3005 }, (_, at) => page(`/notices/n${at}/`, `20${10 + (at % 14)}-01-01`));
    const plan = planShards([...many, ...Array.from({ length: 830 }, (_, at) => page(`/units/u${at}/`))], 1500);
    expect(plan.map((shard) => shard.pages.length)).toEqual([1002, 1002, 1001, 830]);
  });
});

describe('shardOrder', () => {
  const shards = [
    { dated: true, filters: { year: { 2023: 5 } } },
    { dated: true, filters: { year: { 2022: 3, 2021: 2 } } },
    { dated: true, filters: { year: { 2021: 1, 2020: 4 } } },
    { dated: false, filters: { kind: { 人员: 4 } } },
  ];
  it.each([
    { order: 'relevance', filters: {}, expected: [0, 3, 1, 2] },
    { order: 'newest', filters: {}, expected: [0, 1, 2, 3] },
    { order: 'oldest', filters: {}, expected: [2, 1, 0, 3] },
    { order: 'relevance', filters: { year: '2021' }, expected: [1, 2] },
    { order: 'relevance', filters: { kind: '人员' }, expected: [3] },
    { order: 'relevance', filters: {}, years: ['2021'], expected: [1, 2, 3, 0] },
    { order: 'relevance', filters: {}, years: ['2020', '2023'], expected: [0, 2, 3, 1] },
    { order: 'relevance', filters: {}, years: ['1999'], expected: [0, 3, 1, 2] },
    { order: 'newest', filters: {}, years: ['2021'], expected: [0, 1, 2, 3] },
    { order: 'oldest', filters: { year: '1999' }, expected: [] },
  ] as const)('$order with $filters, years $years', ({ order, filters, expected, ...named }) => {
    expect(shardOrder(shards, order, filters, 'years' in named ? named.years : [])).toEqual(expected);
  });
});

describe('yearsNamed', () => {
  it.each([
    { query: '安政办发〔2022〕50号', years: ['2022'] },
    { query: '2022年9月14日至2023年', years: ['2022', '2023'] },
    { query: '20221050 1899 2100 3650', years: [] },
    { query: '2022-2022', years: ['2022'] },
    { query: '批而未供', years: [] },
  ])('$query', ({ query, years }) => {
    expect(yearsNamed(query)).toEqual(years);
  });
});

describe('shard counts', () => {
  const shards = [
    { pages: 10, filters: { region: { 安泽县: 6, 息县: 4 }, year: { 2023: 10 } } },
    { pages: 7, filters: { region: { 安泽县: 7 }, kind: { 文件: 7 } } },
  ];
  it('bounds the pages of a shard that pass the filters by the smallest chosen count', () => {
    expect(shardPagesWithin(shards[0]!, {})).toBe(10);
    expect(shardPagesWithin(shards[0]!, { region: '息县' })).toBe(4);
    expect(shardPagesWithin(shards[0]!, { region: '安泽县', year: '2023' })).toBe(6);
    expect(shardPagesWithin(shards[1]!, { year: '2023' })).toBe(0);
  });
  it('adds up the site counts of the shards, and counts each value once per page', () => {
    expect(siteFilterCounts(shards)).toEqual({ region: { 安泽县: 13, 息县: 4 }, year: { 2023: 10 }, kind: { 文件: 7 } });
    expect(countFilters([{ region: ['安泽县', '临汾市', '安泽县'] }, { region: ['安泽县'], year: ['2022'] }, {}])).toEqual({
      region: { 安泽县: 2, 临汾市: 1 },
      year: { 2022: 1 },
    });
  });
  it('names the first shard the bundle folder itself', () => {
    expect([0, 1, 12].map(shardFolder)).toEqual(['', 'shard-1/', 'shard-12/']);
  });
});
