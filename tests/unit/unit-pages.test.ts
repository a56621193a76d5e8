import { describe, expect, it } from 'vitest';
import { buildUnitIndex } from '../../src/lib/pages/unit-index.ts';
import { buildUnitPage, unitPageParts } from '../../src/lib/pages/unit-page.ts';
import { makeProject } from '../support/project.ts';
import { siteOf, twoNoticeSite } from './builder-sites.ts';

const OTHER_UNITS =
  'id,name,jurisdiction,kind,aliases,note\nother-czj,另县财政局,另县,部门,财政局,\nother-fgw,另县发展和改革局,另县,部门,发改局,\nother-zrzyj,另县自然资源局,另县,部门,自然资源局,\nother-jyj,另县教育局,另县,部门,教育局,\n';
const OTHER_TASKS =
  'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\n' +
  'other-2023-2-t01,other-2023-2,c1-0-1,甲。,2023-06-30,,自然资源局,财政局,,,\n' +
  'other-2023-2-t02,other-2023-2,c1-0-1,乙。,2023-06-30,,自然资源局、发改局,,自然资源局,,\n';

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
      sections: [
        ['测试县', ['测试县自然资源局 1', '各相关部门 1']],
        ['另县', ['另县自然资源局 2', '另县财政局 1', '另县发展和改革局 1', '另县教育局 0']],
      ],
    },
  ])('$case', ({ site, sections }) => {
    expect(buildUnitIndex(site()).map((section) => [section.jurisdiction, section.units.map((unit) => `${unit.name} ${unit.taskCount}`)])).toEqual(sections);
  });
});

describe('buildUnitPage', () => {
  const site = twoNoticeSite(
    {
      tasks: OTHER_TASKS,
      groups: 'id,notice,clause,name,parent,office,duties\nother-2023-2-g1,other-2023-2,a1,另县领导小组,,,\n',
      'group-members':
        'group,order,role,name,position\nother-2023-2-g1,1,组长,赵六,县长\nother-2023-2-g1,2,成员,钱七,县自然资源局局长\nother-2023-2-g1,3,成员,孙八,县财政局局长\n',
    },
    { 'data/units/other.csv': OTHER_UNITS },
  );
  const page = (id: string) =>
    buildUnitPage(
      site,
      site.units.find((unit) => unit.id === id)!,
    );

  it.each([
    {
      unit: 'other-zrzyj',
      roles: [
        ['responsible', ['other-2023-2-t01', 'other-2023-2-t02']],
        ['cooperating', ['other-2023-2-t02']],
      ],
      taskCount: 2,
      memberships: ['钱七 成员'],
    },
    { unit: 'other-czj', roles: [['lead', ['other-2023-2-t01']]], taskCount: 1, memberships: ['孙八 成员'] },
    { unit: 'other-jyj', roles: [], taskCount: 0, memberships: [] },
    { unit: 'test-zrzyj', roles: [['responsible', ['test-2022-1-t01']]], taskCount: 1, memberships: [] },
  ])('$unit: tasks by role, each task counted once, and the group memberships of its officers', ({ unit, roles, taskCount, memberships }) => {
    const built = page(unit);
    expect(built.tasksByRole.map((entry) => [entry.role, entry.tasks.map((task) => task.id)])).toEqual(roles);
    expect(built.taskCount).toBe(taskCount);
    expect(built.memberships.map((entry) => `${entry.name} ${entry.role}`)).toEqual(memberships);
  });

  it('says what the site holds as reports on the unit’s tasks only, without targets', () => {
    expect(page('test-zrzyj').note).toMatchObject({
      withTargets: false,
      entries: '2022-09-20 t 0 1',
      text: expect.stringMatching(/^截至统计日，本站收录任务进展报告 1 条（/u),
    });
    expect(page('other-jyj').note).toMatchObject({ withTargets: false, entries: '', sources: '' });
  });
});

describe('unitPageParts', () => {
  const site = twoNoticeSite({ tasks: OTHER_TASKS }, { 'data/units/other.csv': OTHER_UNITS });
  const unit = site.units.find((entry) => entry.id === 'other-zrzyj')!;

  it('counts a row per task and role, has no parts when the rows fit, and keeps a notice’s tasks together when they do not', () => {
    const page = buildUnitPage(site, unit);
    expect(unitPageParts(site, page, 3).tasks).toEqual([]);
    expect(unitPageParts(site, page, 2).tasks).toHaveLength(1);
    const parts = unitPageParts(site, page, 1).tasks;
    expect(parts.map((part) => [part.number, part.taskCount, part.tasksByRole.map((entry) => entry.role)])).toEqual([[1, 2, ['responsible', 'cooperating']]]);
  });
});
