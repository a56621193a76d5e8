import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project.ts';
import { buildNoticePage } from '../../src/lib/pages/notice-page.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { taskViews } from '../../src/lib/pages/task-views.ts';
import { buildUnitPage } from '../../src/lib/pages/unit-page.ts';
import { perNoticeTables, rowsOfNotice, taskListRows } from '../../src/lib/pages/download-tables.ts';
import { allTables, tasksTable, milestonesTable } from '../../src/lib/data/tables.ts';
import { siteDataOf, type SiteData } from '../../src/lib/pages/site-data.ts';
import { siteIndex } from '../../src/lib/pages/site-index.ts';
import { noticeFiles, noticeTableCsv, siteDownloads, wholeTableJson } from '../../src/lib/data/downloads.ts';
import { rowsOfTable } from '../../src/lib/pages/data-page.ts';
import Papa from 'papaparse';
import { makeProject } from '../support/project.ts';
import { reportEntries, statusNote } from '../../src/lib/pages/report-summary.ts';
import { summarizeReports } from '../../src/lib/tasks/report-note.ts';

function siteOf(root: string, asOf: string): SiteData {
  const { dataset, problems } = loadProject(root);
  expect(problems).toEqual([]);
  return siteDataOf(dataset, { asOf, history: [] });
}

describe('page builders on the mini project', () => {
  const site = siteOf(makeProject(), '2022-10-01');

  it('resolves task units through aliases and computes status as of the build date', () => {
    const [task] = taskViews(site);
    expect(task).toMatchObject({
      id: 'test-2022-1-t01',
      clause: { id: 'c1-0-1', label: '一1' },
      status: '已过期限，尚未报告完成',
      statusKey: 'past-deadline',
      unitIds: ['test-zrzyj', 'test-gxbm'],
    });
    expect(task?.roles[0]).toMatchObject({
      role: 'responsible',
      label: '责任单位',
      units: [
        { printed: '自然资源局', unitId: 'test-zrzyj' },
        { printed: '各相关部门', unitId: 'test-gxbm' },
      ],
    });
  });

  it('builds the status from the as-of date: on its deadline, with the report still to come, the task is not started', () => {
    expect(taskViews({ ...site, asOf: '2022-09-15' })[0]?.status).toBe('暂无进展报告');
  });

  it('says how many reports the site holds, from whom, and what the 统计日 is', () => {
    const summary = summarizeReports(reportEntries(site, { notices: ['test-2022-1'] }), site.asOf);
    expect(summary).toEqual({ taskReports: 1, targetReports: 1, sources: ['测试县自然资源局2022年9月20日报告', '测政办发〔2022〕1号'] });
    expect(statusNote(site, { notices: ['test-2022-1'] })).toEqual({
      asOf: '2022-10-01',
      asOfKind: 'build',
      text: '截至统计日，本站收录任务进展报告 1 条、目标进展数字 1 条（来自测试县自然资源局2022年9月20日报告、测政办发〔2022〕1号）。状态只说明本站是否收录了报告，不说明工作是否开展或完成。统计日 2022年10月1日 是本站生成的日期。',
      sources: '测试县自然资源局2022年9月20日报告\n测政办发〔2022〕1号',
      entries: '2022-09-20 t 0 1;2022-09-14 g 1 1',
      withTargets: true,
    });
    // Reports after the as-of date are not held yet; a pinned date is said to be one.
    const pinned = { ...site, asOf: '2022-09-15', asOfPinned: true };
    expect(summarizeReports(reportEntries(pinned), pinned.asOf)).toEqual({ taskReports: 0, targetReports: 1, sources: ['测政办发〔2022〕1号'] });
    expect(statusNote(pinned, {}, false)).toMatchObject({ asOfKind: 'pinned', withTargets: false, entries: '2022-09-20 t 0 1;2022-09-14 g 1 1' });
    expect(statusNote(pinned, {}, false).text).toMatch(
      /^截至统计日，本站收录任务进展报告 0 条（来自测政办发〔2022〕1号）。.*统计日 2022年9月15日 是生成本站时指定的日期，不一定是今天。$/u,
    );
    expect(statusNote(site, { tasks: [] })).toMatchObject({
      sources: '',
      entries: '',
      text: expect.stringMatching(/^截至统计日，本站收录任务进展报告 0 条、目标进展数字 0 条。/u),
    });
  });

  it('builds a notice page with tasks, targets with milestones and progress, groups and citations', () => {
    const page = buildNoticePage(site.notices[0]!, site, sitePaths('/'));
    expect(page.meta.primary.find((row) => row.label === '文号')?.value).toBe('测政办发〔2022〕1号');
    expect(page.targets[0]).toMatchObject({ target: { id: 'test-2022-1-clear' }, milestones: [{ value: 50 }], progress: [{ value: 48.2 }] });
    expect(page.groups[0]?.members.map((member) => member.name)).toEqual(['张三']);
    expect(page.citations).toEqual([{ docNumber: '临政办发〔2022〕35号', printed: '临政办发[2022]35号' }]);
    expect(page.regionalTables[0]?.findings.every((finding) => finding.verdict === 'consistent')).toBe(true);
  });

  it('builds a notice page’s task charts (links limited to the notice), status note and contents', () => {
    const page = buildNoticePage(site.notices[0]!, site, sitePaths('/base/'), [
      { depth: 2, slug: 'h-a', text: '测试工作方案' },
      { depth: 3, slug: 'c1', text: '一、整改措施¶' },
    ]);
    expect(page.taskCharts.status).toMatchObject({ title: '本文件任务状态', rows: [{ id: 'test-2022-1', label: '本文件任务状态', total: 1 }] });
    expect(page.taskCharts.status.rows[0]!.segments.find((segment) => segment.count > 0)?.href).toBe('/base/tasks/?status=past-deadline&notice=test-2022-1');
    expect(page.taskListHref).toBe('/base/tasks/?notice=test-2022-1');
    expect(page.taskCharts.timeline).toEqual({
      title: '本文件任务期限',
      lanes: [{ id: 'tasks', label: '本文件任务期限', tasks: [expect.objectContaining({ id: 'test-2022-1-t01', href: '/base/notices/test-2022-1/#c1-0-1' })] }],
    });
    expect(page.note).toMatchObject({ asOf: '2022-10-01', withTargets: true, entries: '2022-09-20 t 0 1;2022-09-14 g 1 1' });
    expect(page.contents).toEqual({ entries: [{ id: 'h-a', label: '测试工作方案', children: [{ id: 'c1', label: '一、整改措施', children: [] }] }], size: 2 });
  });

  it('builds a unit page by role', () => {
    const unit = site.units.find((candidate) => candidate.id === 'test-zrzyj')!;
    const page = buildUnitPage(site, unit);
    expect(page.tasksByRole.map((entry) => [entry.role, entry.tasks.length])).toEqual([['responsible', 1]]);
  });

  it('selects the rows of a notice for downloads, through references where a table has no notice column', () => {
    expect(rowsOfNotice(site, tasksTable, 'test-2022-1')).toHaveLength(1);
    expect(rowsOfNotice(site, milestonesTable, 'test-2022-1')).toHaveLength(1);
    expect(rowsOfNotice(site, tasksTable, 'other')).toHaveLength(0);
    expect(taskListRows(taskViews(site), site.asOf)[0]).toMatchObject({
      responsible: ['自然资源局', '各相关部门'],
      status: '已过期限，尚未报告完成',
      status_as_of: '2022-10-01',
    });
  });

  it('indexes rows by notice, target and group exactly as filtering the whole tables would', () => {
    const index = siteIndex(site);
    expect(siteIndex(site)).toBe(index);
    for (const notice of site.notices) {
      expect(index.tasksByNotice.get(notice.id)).toEqual(taskViews(site).filter((task) => task.notice.id === notice.id));
      expect(index.targetsByNotice.get(notice.id)).toEqual(site.targets.filter((target) => target.notice === notice.id));
      expect(index.regionalByNotice.get(notice.id)).toEqual(site.regional.filter((cell) => cell.notice === notice.id));
    }
    for (const target of site.targets) expect(index.milestonesByTarget.get(target.id) ?? []).toEqual(site.milestones.filter((row) => row.target === target.id));
    expect(index.noticeIdByDocNumber.get('测政办发〔2022〕1号')).toBe('test-2022-1');
  });
});

describe('downloads', () => {
  const site = siteOf(makeProject(), '2022-10-01');
  const files = siteDownloads(site);
  // A notice with rows in every table but one: no reports on its tasks yet.
  const sparse = siteOf(makeProject({ 'data/task-updates/test-2022-1.csv': 'task,as_of,state,source,note\n' }), '2022-10-01');
  const sparseFiles = siteDownloads(sparse);
  /** A file's text (a gzip file's unpacked, as a program reads it). */
  const contentOf = (path: string) => {
    const content = files.find((file) => file.path === path)?.content();
    return content === undefined || typeof content === 'string' ? content : gunzipSync(content).toString('utf8');
  };

  it("lists each file once: every table whole as CSV and gzip JSON, the data package, and as CSV only each notice's tables with rows, the task list, people and unit tasks", () => {
    const paths = files.map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of [
      'data/tasks.csv',
      'data/tasks.json.gz',
      'data/units.json.gz',
      'data/milestones.json.gz',
      'data/group-members.json.gz',
      'data/tasks/test-2022-1.csv',
      'data/datapackage.json',
      'tasks/tasks.csv',
      'people/people.csv',
      'notices/test-2022-1/responsibilities.csv',
      'units/test-zrzyj/tasks.csv',
    ])
      expect(paths).toContain(path);
    expect(paths).not.toContain('data/units/test-2022-1.csv');
    // JSON only of whole tables: none per notice, per table and notice, for the lists or per unit.
    expect(paths.filter((path) => /\.json(\.gz)?$/u.test(path)).sort()).toEqual(
      [...allTables.map((table) => `data/${table.name}.json.gz`), 'data/datapackage.json'].sort(),
    );
    for (const removed of [
      'notices/test-2022-1/data.json',
      'tasks/tasks.json',
      'people/people.json',
      'units/test-zrzyj/tasks.json',
      'notices/test-2022-1/responsibilities.json',
    ])
      expect(paths).not.toContain(removed);
    expect(paths).toContain('data/task-updates/test-2022-1.csv');
    expect(sparseFiles.map((file) => file.path)).not.toContain('data/task-updates/test-2022-1.csv');
  });

  it("lists a notice's files as its pages link them: a CSV for each table with rows, in table order", () => {
    const notice = noticeFiles(sparse, 'test-2022-1');
    const withRows = perNoticeTables.filter((table) => rowsOfNotice(sparse, table, 'test-2022-1').length > 0).map((table) => table.name);
    expect(withRows).toContain('tasks');
    expect(withRows).not.toContain('task-updates');
    expect(notice.tables.map((entry) => entry.table.name)).toEqual(withRows);
    expect(notice.tables.every((entry) => entry.rowCount > 0 && entry.path === `data/${entry.table.name}/test-2022-1.csv`)).toBe(true);
    expect(notice.responsibilities).toBe('notices/test-2022-1/responsibilities.csv');
    const paths = new Set(sparseFiles.map((file) => file.path));
    for (const path of [...notice.tables.flatMap((entry) => [entry.path, entry.json]), notice.responsibilities!]) expect(paths).toContain(path);
    expect(notice.tables.map((entry) => entry.json)).toEqual(withRows.map((table) => wholeTableJson({ name: table })));
    expect(noticeTableCsv(notice, 'task-updates')).toBeUndefined();
    expect(noticeTableCsv(notice, 'regional')).toBe('data/regional/test-2022-1.csv');
  });

  it('gives a unit without tasks no task files', () => {
    const paths = new Set(files.map((file) => file.path));
    for (const unit of site.units) {
      const hasTasks = taskViews(site).some((task) => task.unitIds.includes(unit.id));
      expect(paths.has(`units/${unit.id}/tasks.csv`)).toBe(hasTasks);
    }
  });

  it('makes CSV as staff open it in Excel and gzip JSON with the same rows', () => {
    const csvRows = (path: string) => Papa.parse<Record<string, string>>(contentOf(path)!.replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
    expect(contentOf('data/tasks/test-2022-1.csv')).toMatch(/^\uFEFFid,notice,/u);
    expect(contentOf('data/tasks/test-2022-1.csv')?.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csvRows('units/test-zrzyj/tasks.csv')).toMatchObject([{ id: 'test-2022-1-t01', status: '已过期限，尚未报告完成', status_as_of: '2022-10-01' }]);
    expect(csvRows('tasks/tasks.csv').map((row) => row['id'])).toEqual(site.tasks.map((task) => task.id));
    expect(csvRows('people/people.csv')).toEqual(
      site.groupMembers.map((member) => expect.objectContaining({ name: member.name, group: member.group, role: member.role })),
    );
    expect(csvRows('notices/test-2022-1/responsibilities.csv')).toHaveLength(1);
    // Each whole table: the JSON has the CSV's rows, in its columns.
    for (const table of allTables) {
      const json = JSON.parse(contentOf(`data/${table.name}.json.gz`)!) as Array<Record<string, unknown>>;
      expect(json, table.name).toHaveLength(rowsOfTable(site, table).length);
      expect(
        csvRows(`data/${table.name}.csv`).map((row) => row[table.columns[0].name]),
        table.name,
      ).toEqual(json.map((row) => String(row[table.columns[0].name] ?? '')));
    }
    expect(JSON.parse(contentOf('data/tasks.json.gz')!)).toEqual([
      expect.objectContaining({ id: 'test-2022-1-t01', notice: 'test-2022-1', responsible: ['自然资源局', '各相关部门'] }),
    ]);
  });
});
