import { describe, expect, it } from 'vitest';
import { buildTaskList, buildTaskListPages, taskListPathOf } from '../../src/lib/pages/task-list.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { makeProject, MINI_DATA } from '../support/project.ts';
import { SECOND, siteOf, twoNoticeSite } from './builder-sites.ts';

const OTHER_UNITS =
  'id,name,jurisdiction,kind,aliases,note\nother-czj,另县财政局,另县,部门,财政局,\nother-zrzyj,另县自然资源局,另县,部门,自然资源局,\nother-jyj,另县教育局,另县,部门,教育局,\n';
const TASKS = 'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\n';

describe('buildTaskList', () => {
  it.each([
    {
      case: 'the mini project: its one task, notice, county and two units',
      site: () => siteOf(makeProject()),
      tasks: ['test-2022-1-t01'],
      regions: ['测试县'],
      notices: ['test-2022-1 测政办发〔2022〕1号'],
      units: ['test-zrzyj 测试县自然资源局 测试县', 'test-gxbm 各相关部门 测试县'],
    },
    {
      case: 'two notices: tasks by deadline (none last), counties in pinyin order, notices in the site’s (file) order, only units some task names, by county then name',
      site: () =>
        twoNoticeSite(
          { tasks: `${TASKS}${SECOND}-t01,${SECOND},c1-0-1,甲。,,,自然资源局,,,,\n${SECOND}-t02,${SECOND},c1-0-1,乙。,2022-06-30,,财政局,,,,\n` },
          { 'data/units/other.csv': OTHER_UNITS },
        ),
      tasks: [`${SECOND}-t02`, 'test-2022-1-t01', `${SECOND}-t01`],
      regions: ['测试县', '另县'],
      notices: [`${SECOND} 另政办发〔2023〕2号`, 'test-2022-1 测政办发〔2022〕1号'],
      units: ['test-zrzyj 测试县自然资源局 测试县', 'test-gxbm 各相关部门 测试县', 'other-czj 另县财政局 另县', 'other-zrzyj 另县自然资源局 另县'],
    },
    {
      case: 'a notice without tasks is no choice',
      site: () => twoNoticeSite({}, { 'data/units/other.csv': OTHER_UNITS }),
      tasks: ['test-2022-1-t01'],
      regions: ['测试县'],
      notices: ['test-2022-1 测政办发〔2022〕1号'],
      units: ['test-zrzyj 测试县自然资源局 测试县', 'test-gxbm 各相关部门 测试县'],
    },
  ])('$case', ({ site, tasks, regions, notices, units }) => {
    const list = buildTaskList(site());
    expect(list.tasks.map((task) => task.id)).toEqual(tasks);
    expect(list.filters).toEqual({
      regions,
      notices: notices.map((entry) => ({ id: entry.split(' ')[0], docNumber: entry.split(' ')[1] })),
      units: units.map((entry) => {
        const [id, name, jurisdiction] = entry.split(' ');
        return { id, name, jurisdiction };
      }),
    });
  });

  it('counts the notices and says what the site holds as reports on all tasks and targets', () => {
    const list = buildTaskList(siteOf(makeProject({ 'data/tasks/test-2022-1.csv': MINI_DATA['data/tasks/test-2022-1.csv']! })));
    expect(list.noticeCount).toBe(1);
    expect(list.note).toMatchObject({ asOf: '2022-10-01', asOfKind: 'build', withTargets: true, entries: '2022-09-20 t 0 1;2022-09-14 g 1 1' });
  });
});

describe('buildTaskListPages', () => {
  const site = () =>
    twoNoticeSite(
      { tasks: `${TASKS}${SECOND}-t01,${SECOND},c1-0-1,甲。,,,自然资源局,,,,\n${SECOND}-t02,${SECOND},c1-0-1,乙。,2022-06-30,,财政局,,,,\n` },
      { 'data/units/other.csv': OTHER_UNITS },
    );

  it('is one page when every task fits', () => {
    const pages = buildTaskListPages(site(), 3);
    expect([pages.parts.length, pages.list.tasks.length]).toEqual([0, 3]);
    expect(taskListPathOf(site(), sitePaths('/'), 3)(SECOND)).toBe('/tasks/');
  });

  it('splits by notice, oldest first, each task in one part, counts adding up', () => {
    const built = site();
    const pages = buildTaskListPages(built, 2);
    expect(pages.parts.map((part) => [part.number, part.notices.map((notice) => notice.id), part.tasks.map((task) => task.id)])).toEqual([
      [1, ['test-2022-1'], ['test-2022-1-t01']],
      [2, [SECOND], [`${SECOND}-t02`, `${SECOND}-t01`]],
    ]);
    expect(pages.years.map((year) => [year.year, year.taskCount, year.parts])).toEqual([
      [2022, 1, [1]],
      [2023, 2, [2]],
    ]);
    const sum = (counts: number[][]) => counts.reduce((total, row) => row.map((count, index) => count + (total[index] ?? 0)), [] as number[]);
    expect(sum(pages.parts.map((part) => part.statusCounts))).toEqual(pages.statusCounts);
    expect(pages.parts[1]!.filters.notices.map((notice) => notice.id)).toEqual([SECOND]);
    expect(taskListPathOf(built, sitePaths('/'), 2)(SECOND)).toBe('/tasks/part/2/');
    expect(taskListPathOf(built, sitePaths('/'), 2)()).toBe('/tasks/');
  });
});
