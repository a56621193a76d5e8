// A staff member follows the README's "Append a progress report" on the live project: the example
// progress row, and a task update made from the README's description of its columns, are appended to a
// copy of content/ and data/ and committed, as the workflow would then check, test and publish them. The
// check must pass, the site must build (with the tests' pinned 统计日), the rows must reach the pages,
// the change log and the downloads, and every check that holds for any valid content must still hold.
// Were the README's example to stop being valid (a column renamed, a target gone), this fails.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.ts';
import { formatDateZh, formatQuantity } from '../../src/lib/format.ts';
import { STATUS_KEYS, taskStatus, type TaskReport } from '../../src/lib/tasks/status.ts';
import { commit, commitCount } from '../support/git.ts';
import { ROOT, copySiteCode, siteEnv } from '../support/site-copy.ts';
import { buildSite } from './support/build-site.ts';
import { describeLiveContentChecks, type SiteUnderTest } from './support/live-content-suite.ts';
import { readPage } from './support/site-files.ts';
import { appendRow, commitHistory, readmeRows, type ReadmeRows } from './support/staff-edit.ts';

const PROJECT = path.join(ROOT, 'tests/.tmp/staff-edit');
const AS_OF = siteEnv()['SITE_AS_OF']!;
const SUBJECT = '追加进展报告（按 README 的示例）';

let rows: ReadmeRows;
let check: SpawnSyncReturns<string>;
let commits = 0;
let server: Server | undefined;
const site: SiteUnderTest = { dir: path.join(PROJECT, 'dist'), url: '', root: PROJECT };

beforeAll(async () => {
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(PROJECT, { recursive: true });
  copySiteCode(PROJECT, { withContent: true });
  rows = readmeRows(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), PROJECT);
  // The history before the edit (without the rows, should the live data hold them already), then the edit.
  commits = commitHistory(PROJECT, [rows.progress, rows.taskUpdate]);
  for (const { file, row } of [rows.progress, rows.taskUpdate])
    writeFileSync(path.join(PROJECT, file), appendRow(readFileSync(path.join(PROJECT, file), 'utf8'), row));
  commit(PROJECT, SUBJECT, new Date(Date.UTC(2023, 0, 1, 1 + commits)).toISOString(), [rows.progress.file, rows.taskUpdate.file]);
  commits += 1;
  // As the workflow runs them: `npm run check`, then the build.
  check = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'scripts/check-data.ts'), PROJECT], {
    cwd: PROJECT,
    env: siteEnv(),
    encoding: 'utf8',
  });
  await buildSite(PROJECT, site.dir, siteEnv(), { quiet: true });
  const served = await serveStatic(site.dir);
  server = served.server;
  site.url = served.url;
}, 300_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('appending the README’s example rows', () => {
  it('uses the columns the data files have, and passes the check', () => {
    for (const { file, header } of [rows.progress, rows.taskUpdate])
      expect(
        readFileSync(path.join(PROJECT, file), 'utf8')
          .replace(/^\uFEFF/u, '')
          .split(/\r?\n/u)[0],
        file,
      ).toBe(header);
    expect(rows.progress.values['as_of']! <= AS_OF, `the example is dated after the tests' 统计日 ${AS_OF}`).toBe(true);
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(/，0 处错误，/u);
  });

  it('shows the progress report under its target on the notice page, in the chart’s table too', () => {
    const { target, as_of: asOf = '', value = '', unit = '', source = '' } = rows.progress.values;
    const article = readPage(site.dir, `notices/${rows.notice}/index.html`).getElementById(`target-${target}`);
    expect(article, `#target-${target}`).not.toBeNull();
    const reported = article!.querySelectorAll('table').find((table) => table.querySelector('caption')?.text === '已报告进展');
    const row = reported?.querySelectorAll('tbody tr').find((candidate) => candidate.querySelector('time')?.getAttribute('datetime') === asOf);
    expect(row?.querySelector('td.num')?.text).toBe(formatQuantity(Number(value), unit));
    expect(row?.text).toContain(source);
    const chartRows = article!
      .querySelectorAll('details.chart-data tbody tr')
      .filter((candidate) => candidate.querySelector('time')?.getAttribute('datetime') === asOf);
    expect(chartRows.map((candidate) => candidate.querySelectorAll('td')[1]?.text)).toEqual(['报告']);
    expect(chartRows[0]?.text).toContain(`截至${formatDateZh(asOf)}`);
  });

  it('gives the task the status the rule computes from its reports, the new one among them', () => {
    const task = rows.taskUpdate.values['task']!;
    const deadline = Papa.parse<Record<string, string>>(readFileSync(path.join(PROJECT, `data/tasks/${rows.notice}.csv`), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.find((row) => row['id'] === task)?.['deadline'];
    const reports = Papa.parse<Record<string, string>>(readFileSync(path.join(PROJECT, rows.taskUpdate.file), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((row) => row['task'] === task) as unknown as TaskReport[];
    expect(reports.map((report) => `${report.as_of} ${report.state}`)).toContain(`${rows.taskUpdate.values['as_of']} ${rows.taskUpdate.values['state']}`);
    const status = taskStatus(deadline || undefined, reports, AS_OF);
    expect(['已完成', '进行中', '已过期限，尚未报告完成']).toContain(status);
    for (const page of [`notices/${rows.notice}/index.html`, 'tasks/index.html'])
      expect(readPage(site.dir, page).getElementById(`task-${task}`)?.getAttribute('data-status'), page).toBe(STATUS_KEYS[status]);
  });

  it(`leads the change log and the feeds with the commit, in a sentence naming both rows, in a history longer than the site feed`, () => {
    expect(commitCount(PROJECT, ['content', 'data'])).toBe(commits);
    expect(commits).toBeGreaterThan(50);
    const { target, as_of: asOf, unit } = rows.progress.values;
    const task = rows.taskUpdate.values['task'];
    const newest = readPage(site.dir, 'changes/index.html').querySelector('.change-list > li');
    const sentence = newest?.querySelector('p')?.text ?? '';
    expect(sentence).toContain(`新增进展报告 1 条：${target} / ${asOf} / ${unit}`);
    expect(sentence).toContain(`新增任务进展报告 1 条：${task} / ${asOf}`);
    expect(newest?.querySelector('details .source-note')?.text).toContain(SUBJECT);
    for (const feed of ['changes/feed.xml', `notices/${rows.notice}/feed.xml`])
      expect(readPage(site.dir, feed).querySelector('entry title')?.text, feed).toBe(sentence.replace(/^.*? · /u, ''));
  });

  it('puts both rows into the downloads', () => {
    expect(readFileSync(path.join(site.dir, 'data/progress.csv'), 'utf8')).toContain(rows.progress.values['source']);
    const updates = readFileSync(path.join(site.dir, 'data/task-updates.csv'), 'utf8');
    expect(updates).toContain(rows.taskUpdate.values['task']);
    expect(updates).toContain(rows.taskUpdate.values['source']);
  });
});

// A third of the exact-search queries: the edit changes two rows, and the live site gets the full set.
describeLiveContentChecks('the staff-edited copy', () => site, { searchScale: 0.3 });
