import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateNoticeFrontmatter } from '../../src/lib/notices/frontmatter.ts';
import { buildNoticeIndex, buildNoticeIndexPages, HOME_NEWEST, type NoticeListFilter } from '../../src/lib/pages/notice-index.ts';
import { MINI_PROJECT } from '../support/project.ts';

const MINI = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8');

/** A notice like the mini one, issued on `issued` in `county` (none: a city notice), with `docNumber` and an optional validity. */
function notice(id: string, issued: string, county: string | undefined, docNumber: string, validity?: string) {
  let mdx = MINI.replace('issued: 2022-09-14', `issued: ${issued}`).replace('docNumber: 测政办发〔2022〕1号', `docNumber: ${docNumber}`);
  mdx = county ? mdx.replace('county: 测试县', `county: ${county}`) : mdx.replace('  county: 测试县\n', '');
  if (validity) mdx = mdx.replace('sourceFile: test.txt', `sourceFile: test.txt\nvalidity:\n${validity}`);
  const { data, problems } = validateNoticeFrontmatter(mdx, `${id}.mdx`);
  expect(problems).toEqual([]);
  return { id, frontmatter: data! };
}

const NOTICES = [
  notice('a', '2022-09-14', '测试县', '测政办发〔2022〕1号'),
  notice('b', '2023-03-01', '另县', '另政办发〔2023〕2号', '  status: 废止\n  date: 2024-01-01\n  source: c1'),
  notice('c', '2022-09-14', undefined, '临政办发〔2022〕7号'),
  notice('d', '2021-05-20', '另县', '另政发〔2021〕9号'),
];

describe('buildNoticeIndex', () => {
  it.each<{ filter?: NoticeListFilter; ids: string[] }>([
    { ids: ['b', 'a', 'c', 'd'] },
    { filter: { kind: 'region', slug: '临汾市' }, ids: ['b', 'a', 'c', 'd'] },
    { filter: { kind: 'region', slug: '另县' }, ids: ['b', 'd'] },
    { filter: { kind: 'year', slug: '2022' }, ids: ['a', 'c'] },
    { filter: { kind: 'validity', slug: '废止' }, ids: ['b'] },
    { filter: { kind: 'region', slug: '无此地' }, ids: [] },
  ])('keeps $ids for $filter, newest first, ties by document number (pinyin)', ({ filter, ids }) => {
    const index = buildNoticeIndex(NOTICES, filter);
    expect(index.notices.map((row) => row.id)).toEqual(ids);
    expect(index.current).toEqual(filter);
  });

  it('offers every filter, with counts over all notices, whichever the list', () => {
    const all = buildNoticeIndex(NOTICES);
    expect(buildNoticeIndex(NOTICES, { kind: 'year', slug: '2021' })).toMatchObject({ regions: all.regions, years: all.years, validities: all.validities });
    expect(all.regions.map((option) => `${option.label} ${option.count}`)).toEqual(['山西省 4', '临汾市 4', '测试县 1', '另县 2']);
    expect(all.years.map((option) => `${option.slug} ${option.count}`)).toEqual(['2023 1', '2022 2', '2021 1']);
    expect(all.validities.map((option) => `${option.label} ${option.count}`)).toEqual(['废止 1', '未注明 3']);
  });

  it('gives each line what it shows: title, number, issuer, date, regions and the short validity', () => {
    expect(buildNoticeIndex(NOTICES, { kind: 'validity', slug: '废止' }).notices).toEqual([
      {
        id: 'b',
        title: '测试县人民政府办公室关于印发测试工作方案的通知',
        docNumber: '另政办发〔2023〕2号',
        issuer: '测试县人民政府办公室',
        issued: '2023-03-01',
        region: '山西省 临汾市 另县',
        validity: '废止（2024年1月1日）',
      },
    ]);
    expect(buildNoticeIndex(NOTICES, { kind: 'region', slug: '临汾市' }).notices.find((row) => row.id === 'c')).toMatchObject({
      region: '山西省 临汾市',
      validity: '未注明',
    });
  });
});

describe('buildNoticeIndexPages', () => {
  it('is the whole list when it fits', () => {
    const pages = buildNoticeIndexPages(NOTICES, { kind: 'region', slug: '临汾市' }, 4);
    expect([pages.total, pages.parts.length, pages.notices.length]).toEqual([4, 0, 4]);
  });

  it('splits a long filtered list into parts numbered from the oldest, each newest first, every notice once', () => {
    const pages = buildNoticeIndexPages(NOTICES, { kind: 'region', slug: '临汾市' }, 3);
    expect(pages.parts.map((part) => [part.number, part.notices.map((row) => row.id)])).toEqual([
      [1, ['a', 'c', 'd']],
      [2, ['b']],
    ]);
    expect(pages.parts.flatMap((part) => part.notices.map((row) => row.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists the newest notices on the home page when they do not fit, and says how many there are', () => {
    const pages = buildNoticeIndexPages(NOTICES, undefined, 2);
    expect([pages.total, pages.parts.length, pages.notices.map((row) => row.id)]).toEqual([4, 0, ['b', 'a', 'c', 'd'].slice(0, HOME_NEWEST)]);
  });
});
