import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateNoticeFrontmatter } from '../../src/lib/notices/frontmatter.ts';
import { noticeMeta, noticeSearchFilters } from '../../src/lib/pages/notice-meta.ts';
import { MINI_PROJECT } from '../support/project.ts';

const MINI = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8');
const frontmatter = (edit: (mdx: string) => string = (mdx) => mdx) => {
  const { data, problems } = validateNoticeFrontmatter(edit(MINI), 'n.mdx');
  expect(problems).toEqual([]);
  return data!;
};
const PRINTED_PLAN = (mdx: string) =>
  mdx.replace('issued: 2022-09-14', 'issued: 2022-09-14\nprinted: 2022-09-16\nplanType: 实施方案\nrecipients: 各乡镇人民政府\ndisclosure: 此件公开发布');

describe('noticeMeta', () => {
  it.each([
    {
      case: 'the mini notice',
      edit: undefined,
      primary: ['文号 测政办发〔2022〕1号', '发文机关 测试县人民政府办公室', '成文日期 2022年9月14日', '效力 未注明'],
      more: ['地区 山西省 临汾市 测试县', '层级 县级', '文种 通知', '主题 测试', expect.stringMatching(/^效力说明 未注明。/u)],
    },
    {
      case: 'with 印发日期, the plan it issues, 主送 and 公开方式',
      edit: PRINTED_PLAN,
      primary: ['文号 测政办发〔2022〕1号', '发文机关 测试县人民政府办公室', '成文日期 2022年9月14日', '印发日期 2022年9月16日', '效力 未注明'],
      more: [
        '地区 山西省 临汾市 测试县',
        '层级 县级',
        '文种 通知（印发实施方案）',
        '主送 各乡镇人民政府',
        '公开方式 此件公开发布',
        '主题 测试',
        expect.stringMatching(/^效力说明 未注明。/u),
      ],
    },
  ])('$case: the particulars a phone always shows, then the others in order', ({ edit, primary, more }) => {
    const meta = noticeMeta(frontmatter(edit));
    expect(meta.primary.map((row) => `${row.label} ${row.value}`)).toEqual(primary);
    expect(meta.more.map((row) => `${row.label} ${row.value}`)).toEqual(more);
  });
});

describe('noticeSearchFilters', () => {
  it.each([
    { case: 'the mini notice', edit: undefined, filters: { year: '2022', regions: ['山西省', '临汾市', '测试县'], docTypes: ['通知'], validity: '未注明' } },
    {
      case: 'a city notice issuing a plan, repealed',
      edit: (mdx: string) =>
        PRINTED_PLAN(mdx).replace('  county: 测试县\n', '').replace('sourceFile: test.txt', 'sourceFile: test.txt\nvalidity:\n  status: 废止\n  source: c1'),
      filters: { year: '2022', regions: ['山西省', '临汾市'], docTypes: ['通知', '实施方案'], validity: '废止' },
    },
    {
      case: 'a plan type that is its genre is one type',
      edit: (mdx: string) => mdx.replace('docType: 通知', 'docType: 通知\nplanType: 通知'),
      filters: { year: '2022', regions: ['山西省', '临汾市', '测试县'], docTypes: ['通知'], validity: '未注明' },
    },
  ])('$case', ({ edit, filters }) => {
    expect(noticeSearchFilters(frontmatter(edit))).toEqual(filters);
  });
});
