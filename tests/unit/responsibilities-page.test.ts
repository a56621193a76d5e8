import { describe, expect, it } from 'vitest';
import { buildResponsibilitiesPage, responsibilityMatrix } from '../../src/lib/pages/responsibilities-page.ts';
import { taskViews } from '../../src/lib/pages/task-views.ts';
import { makeProject, MINI_DATA } from '../support/project.ts';
import { siteOf } from './builder-sites.ts';

const UNITS = `${MINI_DATA['data/units/test.csv']}test-zfb,测试县人民政府办公室,测试县,部门,县政府办,\n`;
const TASKS = 'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\n';
const task = (id: string, roles: { lead?: string; responsible?: string; cooperating?: string }) =>
  `test-2022-1-${id},test-2022-1,c1-0-1,任务${id}。,2022-09-15,,${roles.responsible ?? ''},${roles.lead ?? ''},${roles.cooperating ?? ''},,\n`;

describe('buildResponsibilitiesPage', () => {
  it('spells out each short role in the legend, in the order of the roles', () => {
    expect(buildResponsibilitiesPage(siteOf(makeProject()), 'test-2022-1').legend).toBe('牵头＝牵头单位，责任＝责任单位，配合＝配合单位，指导＝指导单位');
  });

  it.each([
    {
      case: 'the mini notice: both units of its one task, by their names in the units table',
      tasks: MINI_DATA['data/tasks/test-2022-1.csv']!,
      units: ['测试县自然资源局 test-zrzyj', '各相关部门 test-gxbm'],
      cells: [['responsible', 'responsible']],
    },
    {
      case: 'units in order of first mention, a task’s lead before its responsible units',
      tasks: TASKS + task('t01', { lead: '县政府办', responsible: '自然资源局' }) + task('t02', { responsible: '各相关部门', cooperating: '自然资源局' }),
      units: ['测试县人民政府办公室 test-zfb', '测试县自然资源局 test-zrzyj', '各相关部门 test-gxbm'],
      cells: [
        ['lead', 'responsible', undefined],
        [undefined, 'cooperating', 'responsible'],
      ],
    },
    {
      case: 'two printed names of one unit are one column',
      tasks: TASKS + task('t01', { responsible: '自然资源局' }) + task('t02', { responsible: '县自然资源局' }),
      units: ['测试县自然资源局 test-zrzyj'],
      cells: [['responsible'], ['responsible']],
    },
  ])('$case', ({ tasks, units, cells }) => {
    const { matrix } = buildResponsibilitiesPage(siteOf(makeProject({ 'data/units/test.csv': UNITS, 'data/tasks/test-2022-1.csv': tasks })), 'test-2022-1');
    expect(matrix.units.map((unit) => `${unit.name} ${unit.id ?? '-'}`)).toEqual(units);
    expect(matrix.rows.map((row) => row.cells)).toEqual(cells);
  });

  it('has no rows for a notice without tasks', () => {
    expect(
      buildResponsibilitiesPage(
        siteOf(makeProject({ 'data/tasks/test-2022-1.csv': TASKS, 'data/task-updates/test-2022-1.csv': 'task,as_of,state,source,note\n' })),
        'test-2022-1',
      ).matrix,
    ).toEqual({ units: [], rows: [] });
  });

  it('gives a unit that is not in the units table a column of its printed name', () => {
    const [view] = taskViews(siteOf(makeProject()));
    const unresolved = { ...view!, roles: [{ role: 'lead' as const, label: '牵头单位', units: [{ printed: '某办公室' }] }, ...view!.roles] };
    const matrix = responsibilityMatrix([unresolved], []);
    expect(matrix.units).toEqual([{ name: '某办公室' }, { id: 'test-zrzyj', name: '自然资源局' }, { id: 'test-gxbm', name: '各相关部门' }]);
    expect(matrix.rows[0]?.cells).toEqual(['lead', 'responsible', 'responsible']);
  });
});
