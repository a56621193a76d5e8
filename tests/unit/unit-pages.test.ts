import { describe, expect, it } from 'vitest';
import { buildUnitIndex } from '../../src/lib/pages/unit-index.ts';
import { makeProject } from '../support/project.ts';
import { siteOf, twoNoticeSite } from './builder-sites.ts';

const OTHER_UNITS = 'id,name,jurisdiction,kind,aliases,note\nother-czj,另县财政局,另县,部门,财政局,\nother-fgw,另县发展和改革局,另县,部门,发改局,\nother-zrzyj,另县自然资源局,另县,部门,自然资源局,\nother-jyj,另县教育局,另县,部门,教育局,\n';
const OTHER_TASKS = 'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\n'
  + 'other-2023-2-t01,other-2023-2,c1-0-1,甲。,2023-06-30,,自然资源局,财政局,,,\n'
  + 'other-2023-2-t02,other-2023-2,c1-0-1,乙。,2023-06-30,,自然资源局、发改局,,自然资源局,,\n';

describe('buildUnitIndex', () => {
  it.each([
    {
      case: 'the mini project: one county, its units by task count, ties by name',
      site: () => siteOf(makeProject()),
      sections: [['测试县', ['测试县自然资源局 1', '各相关部门 1']]],
    },
    {
      case: 'two counties in pinyin order; a unit named twice in one task counts the task once; a unit without tasks counts 0',
      site: () => twoNoticeSite({ tasks: OTHER_TASKS }, { 'data/units/other.csv': OTHER_UNITS }),
      sections: [['测试县', ['测试县自然资源局 1', '各相关部门 1']], ['另县', ['另县自然资源局 2', '另县财政局 1', '另县发展和改革局 1', '另县教育局 0']]],
    },
  ])('$case', ({ site, sections }) => {
    expect(buildUnitIndex(site()).map((section) => [section.jurisdiction, section.units.map((unit) => `${unit.name} ${unit.taskCount}`)])).toEqual(sections);
  });
});
