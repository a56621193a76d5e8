import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project.ts';
import { clauseIndexOf } from '../../src/lib/notices/clause-index.ts';
import { buildDashboard, DASHBOARD_LISTED_OLDER } from '../../src/lib/pages/dashboard.ts';
import { noticeTargetCharts } from '../../src/lib/pages/charts.ts';
import type { SiteData } from '../../src/lib/pages/site-data.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { makeProject } from '../support/project.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/charts/data');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function siteOf(root: string, asOf: string): SiteData {
  const { dataset, problems } = loadProject(root);
  expect(problems).toEqual([]);
  const body = readFileSync(path.join(root, 'content/notices/test-2022-1.mdx'), 'utf8').split(/^---$/mu)[2] ?? '';
  return {
    ...dataset,
    notices: dataset.notices.map((notice) => ({ id: notice.id, frontmatter: notice.frontmatter })),
    clauses: { 'test-2022-1': clauseIndexOf(body) },
    asOf,
    history: [],
  };
}

describe('which targets get a trajectory', () => {
  const HEADER = 'id,notice,clause,title,unit,value,comparison,due,due_text,area,parent,cumulative,note';
  const site = siteOf(
    makeProject({
      'data/targets/test-2022-1.csv': [
        HEADER,
        'test-2022-1-due-only,test-2022-1,c1,只有期限,亩,10,exactly,2022-11-30,11月底前,,,true,',
        'test-2022-1-staged,test-2022-1,c1,有阶段节点,亩,10,exactly,2022-11-30,11月底前,,,true,',
        'test-2022-1-reported,test-2022-1,c1,有报告,亩,10,exactly,2022-11-30,11月底前,,,true,',
        'test-2022-1-later,test-2022-1,c1,报告在统计日之后,亩,10,exactly,2022-11-30,11月底前,,,true,',
        'test-2022-1-undated,test-2022-1,c1,无期限有报告,亩,10,exactly,,,,,true,',
        'test-2022-1-nothing,test-2022-1,c1,无期限无报告,亩,10,exactly,,,,,true,',
      ].join('\n'),
      'data/milestones/test-2022-1.csv': 'target,notice,clause,due,due_text,value,unit,note\ntest-2022-1-staged,test-2022-1,c1,2022-06-30,6月底,50,%,\n',
      'data/progress/test-2022-1.csv': [
        'target,as_of,value,unit,source,source_clause,note',
        'test-2022-1-reported,2022-09-14,4,亩,test-2022-1,c1,',
        'test-2022-1-later,2022-12-20,4,亩,test-2022-1,c1,',
        'test-2022-1-undated,2022-09-14,4,亩,test-2022-1,c1,',
      ].join('\n'),
    }),
    '2022-10-01',
  );
  const charts = noticeTargetCharts(site, site.notices[0]!);

  it.each([
    ['test-2022-1-due-only', false, 'a deadline alone is one point, said in words'],
    ['test-2022-1-staged', true, 'a milestone before the deadline is a plan to draw'],
    ['test-2022-1-reported', true, 'a report'],
    ['test-2022-1-later', true, 'a report after the build’s date, which a reader can pick'],
    ['test-2022-1-undated', true, 'a report without a deadline'],
    ['test-2022-1-nothing', false, 'nothing at all'],
  ])('%s: drawn %s (%s)', (id, drawn) => {
    expect(charts[id]?.trajectory !== undefined).toBe(drawn);
  });
});

describe('chart page data', () => {
  const site = siteOf(
    makeProject({ 'data/targets/test-2022-1.csv': fixture('targets.csv'), 'data/progress/test-2022-1.csv': fixture('progress.csv') }),
    '2022-10-01',
  );
  const paths = sitePaths('/');

  it('builds a notice page’s charts: a trajectory per target with something to draw, regional bars for area breakdowns', () => {
    const charts = noticeTargetCharts(site, site.notices[0]!);
    expect(Object.keys(charts)).toEqual(['test-2022-1-clear', 'test-2022-1-rate']);
    const clear = charts['test-2022-1-clear']!;
    expect(clear.trajectory?.plan.map((point) => point.date)).toEqual(['2022-06-30', '2022-11-30']);
    expect(clear.trajectory?.reports.map((point) => point.value)).toEqual([48.2]);
    expect(clear.trajectory?.issued).toBe(site.notices[0]!.frontmatter.issued);
    expect(clear.regional.map((model) => model.measure)).toEqual(['清理任务']);
    expect(clear.regional[0]?.areas.map((area) => [area.area, area.rank, area.rate])).toEqual([
      ['乙区', 1, 25],
      ['甲区', undefined, undefined],
    ]);
    // No deadline, no milestone, no report: nothing to draw, and no chart pretending otherwise.
    expect(charts['test-2022-1-rate']).toEqual({ trajectory: undefined, regional: [] });
  });

  it('builds the dashboard: status rows (all, then each notice) linking to the task list, lanes, targets', () => {
    const dashboard = buildDashboard(site, paths);
    expect(dashboard).toMatchObject({ asOf: '2022-10-01', noticeCount: 1, taskCount: 1 });
    expect(dashboard.status.map((row) => [row.id, row.label, row.total])).toEqual([
      ['all', '全部文件', 1],
      ['test-2022-1', '测政办发〔2022〕1号', 1],
    ]);
    expect(dashboard.status[0]!.segments.find((segment) => segment.count > 0)).toMatchObject({
      status: '已过期限，尚未报告完成',
      href: '/tasks/?status=past-deadline',
    });
    expect(dashboard.status[1]!.segments.find((segment) => segment.count > 0)?.href).toBe('/tasks/?status=past-deadline&notice=test-2022-1');
    expect(dashboard.timeline).toEqual([
      {
        id: 'test-2022-1',
        label: '测政办发〔2022〕1号',
        tasks: [
          {
            id: 'test-2022-1-t01',
            label: '测政办发〔2022〕1号 一1',
            title: '明确责任主体。',
            deadline: '2022-09-15',
            status: '已过期限，尚未报告完成',
            reports: '2022-09-20:进行中',
            href: '/notices/test-2022-1/#c1-0-1',
          },
        ],
      },
    ]);
    expect(dashboard.trajectories.map((entry) => entry.target.id)).toEqual(['test-2022-1-clear']);
    expect(dashboard.regional.map((entry) => entry.target.id)).toEqual(['test-2022-1-clear']);
    expect(dashboard).toMatchObject({ targetCount: 2, chartedElsewhere: [] });
    expect(dashboard.undrawn.map((entry) => entry.target.id)).toEqual(['test-2022-1-rate']);
  });

  it('puts the latest report under each trajectory and the status note of every task and target', () => {
    const dashboard = buildDashboard(site, paths);
    expect(dashboard.trajectories[0]?.latest).toEqual({
      reports: [['2022-09-14', 48.2, '亩', '测政办发〔2022〕1号']],
      text: '截至统计日，最近一次报告（2022年9月14日）：48.2亩，出处：测政办发〔2022〕1号。',
    });
    expect(dashboard.note).toMatchObject({
      asOf: '2022-10-01',
      asOfKind: 'build',
      withTargets: true,
      text: expect.stringMatching(/^截至统计日，本站收录任务进展报告 1 条、目标进展数字 2 条/u),
    });
  });

  it('draws the charts of the latest notices only, lists the others with their number of targets, and keeps the site-wide figures whole', () => {
    const drawn = buildDashboard(site, paths, 1);
    const listed = buildDashboard(site, paths, 0);
    expect(drawn.chartedElsewhere).toEqual([]);
    expect(listed).toMatchObject({
      timeline: [],
      trajectories: [],
      regional: [],
      undrawn: [],
      noticeCount: 1,
      taskCount: 1,
      targetCount: 2,
      chartedElsewhere: [{ notice: { id: 'test-2022-1', docNumber: '测政办发〔2022〕1号' }, targets: 2 }],
      olderCount: 1,
      olderByYear: [{ year: 2022, notices: 1, withTargets: 1 }],
    });
    expect(listed.status).toEqual([drawn.status[0]]);
    expect(listed.status[0]).toMatchObject({ id: 'all', total: 1 });
  });

  it('counts the older notices by year instead of naming them once there are more than it lists', () => {
    const notice = site.notices[0]!;
    const older = Array.from({ length: DASHBOARD_LISTED_OLDER + 1 }, (_, index) => ({
      id: `test-old-${index}`,
      frontmatter: { ...notice.frontmatter, issued: index % 2 === 0 ? '2020-05-01' : '2021-05-01', docNumber: `测政办发〔2020〕${100 + index}号` },
    }));
    const dashboard = buildDashboard({ ...site, notices: [notice, ...older] }, paths, 1);
    expect(dashboard).toMatchObject({
      chartedElsewhere: [],
      olderCount: DASHBOARD_LISTED_OLDER + 1,
      olderByYear: [
        { year: 2021, notices: Math.floor((DASHBOARD_LISTED_OLDER + 1) / 2), withTargets: 0 },
        { year: 2020, notices: Math.ceil((DASHBOARD_LISTED_OLDER + 1) / 2), withTargets: 0 },
      ],
    });
    expect(buildDashboard({ ...site, notices: [notice, ...older.slice(1)] }, paths, 1).chartedElsewhere).toHaveLength(DASHBOARD_LISTED_OLDER);
  });

  it('keeps the charts of the most recently issued notices, whatever their order in the site data', () => {
    const notice = site.notices[0]!;
    const older = { id: 'test-2021-9', frontmatter: { ...notice.frontmatter, issued: '2021-03-01', docNumber: '测政办发〔2021〕9号' } };
    const dashboard = buildDashboard({ ...site, notices: [notice, older] }, paths, 1);
    expect(dashboard.chartedElsewhere).toEqual([{ notice: { id: 'test-2021-9', docNumber: '测政办发〔2021〕9号' }, targets: 0 }]);
    expect(dashboard.status.map((row) => row.id)).toEqual(['all', 'test-2022-1']);
    expect(dashboard.timeline.map((lane) => lane.id)).toEqual(['test-2022-1']);
    expect(dashboard.trajectories.map((entry) => entry.notice.id)).toEqual(['test-2022-1']);
    expect(dashboard.noticeCount).toBe(2);
  });
});
