import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import { perNoticeTables } from '../../src/lib/pages/download-tables.ts';
import { allTables } from '../../src/lib/data/tables.ts';
import { fileForPath, htmlFiles, readPage } from './support/site-files.ts';

// The open-data files of the built site: whole tables as CSV and gzip JSON (the one JSON form of a table),
// per notice only CSVs of what has rows, and the task list, unit task lists and people index as CSV.
const siteDir = inject('liveSiteDir');
const ROOT = path.resolve(import.meta.dirname, '../..');
const noticeIds = readdirSync(path.join(ROOT, 'content/notices'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''));
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const csvRows = (file: string) => Papa.parse<Record<string, string>>(read(file).replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
/** A whole table's rows from its JSON, unpacked as a program would. */
const jsonRows = (table: string) =>
  JSON.parse(gunzipSync(readFileSync(path.join(siteDir, `data/${table}.json.gz`))).toString('utf8')) as Array<Record<string, unknown>>;
const isFile = (file: string) => fileForPath(siteDir, `/${file}`) === file;
const sorted = (values: Iterable<unknown>) => [...values].map(String).sort();

/** Every file under `directory` of the site (relative paths), or none if it does not exist. */
function filesUnder(directory: string): string[] {
  if (!existsSync(path.join(siteDir, directory))) return [];
  return readdirSync(path.join(siteDir, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)));
}

/** The notice each row of a whole table belongs to, read from the whole tables' JSON (as a program would). */
function noticeOfRow(): (row: Record<string, unknown>) => string | undefined {
  const by = (table: string, key: string) => new Map(jsonRows(table).map((row) => [row[key] as string, row['notice'] as string]));
  const task = by('tasks', 'id');
  const target = by('targets', 'id');
  const group = by('groups', 'id');
  const regional = by('regional', 'table');
  return (row) =>
    'notice' in row
      ? (row['notice'] as string)
      : 'table' in row
        ? regional.get(row['table'] as string)
        : 'task' in row
          ? task.get(row['task'] as string)
          : 'target' in row
            ? target.get(row['target'] as string)
            : group.get(row['group'] as string);
}

/** The task rows of the task list's pages (its overview's parts, if split), with the unit ids each names. */
function taskListPageRows(): Array<{ id: string; units: string[] }> {
  const pages = ['tasks/index.html', ...filesUnder('tasks/part').filter((file) => file.endsWith('index.html'))];
  return pages.flatMap((file) =>
    readPage(siteDir, file)
      .querySelectorAll('#task-list tr[id^="task-"]')
      .map((row) => ({ id: row.id.replace(/^task-/u, ''), units: (row.getAttribute('data-units') ?? '').split(' ').filter(Boolean) })),
  );
}

/** Download links (CSV or JSON) of a built page, as site paths without the leading slash. */
const downloadLinks = (file: string) =>
  readPage(siteDir, file)
    .querySelectorAll('a[href]')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => /\.(csv|json|json\.gz)$/u.test(href))
    .map((href) => decodeURIComponent(href.replace(/^\//u, '')));

describe('the downloads of the built site', () => {
  it('has every table whole, as CSV and as gzip JSON with the same rows, and the data package', () => {
    for (const table of allTables) {
      const csv = csvRows(`data/${table.name}.csv`);
      const json = jsonRows(table.name);
      expect(Array.isArray(json), table.name).toBe(true);
      expect(json.length, table.name).toBe(csv.length);
      const first = table.columns[0].name;
      expect(
        json.map((row) => String(row[first])),
        table.name,
      ).toEqual(csv.map((row) => row[first]));
    }
    expect(JSON.parse(read('data/datapackage.json')).resources).toHaveLength(allTables.length);
  });

  it('has no JSON but the whole tables and the data package: none per notice, for the task list, per unit or for the people index', () => {
    for (const id of noticeIds) {
      expect(isFile(`notices/${id}/data.json`), id).toBe(false);
      expect(isFile(`notices/${id}/responsibilities.json`), id).toBe(false);
    }
    expect(isFile('tasks/tasks.json')).toBe(false);
    expect(isFile('people/people.json')).toBe(false);
    const json = [...filesUnder('data'), ...filesUnder('notices'), ...filesUnder('tasks'), ...filesUnder('units'), ...filesUnder('people')].filter((file) =>
      /\.json(\.gz)?$/u.test(file),
    );
    expect(json.sort()).toEqual([...allTables.map((table) => `data/${table.name}.json.gz`), 'data/datapackage.json'].sort());
  });

  it("has per notice a CSV for each table with rows, holding exactly the notice's rows of the whole table, and no other", () => {
    const noticeOf = noticeOfRow();
    let files = 0;
    for (const table of perNoticeTables) {
      const whole = jsonRows(table.name);
      const key = table.columns[0].name;
      for (const id of noticeIds) {
        const csv = `data/${table.name}/${id}.csv`;
        const rows = whole.filter((row) => noticeOf(row) === id);
        expect(isFile(csv), csv).toBe(rows.length > 0);
        expect(isFile(`data/${table.name}/${id}.json`), csv).toBe(false);
        if (rows.length === 0) continue;
        files += 1;
        expect(
          csvRows(csv).map((row) => row[key]),
          csv,
        ).toEqual(rows.map((row) => String(row[key])));
      }
    }
    expect(files).toBeGreaterThan(noticeIds.length);
    // The responsibility matrix: a row per task of the notice, where it has tasks.
    const tasks = jsonRows('tasks');
    for (const id of noticeIds) {
      const noticeTasks = tasks.filter((task) => task['notice'] === id);
      expect(isFile(`notices/${id}/responsibilities.csv`), id).toBe(noticeTasks.length > 0);
      if (noticeTasks.length > 0) expect(csvRows(`notices/${id}/responsibilities.csv`), id).toHaveLength(noticeTasks.length);
    }
  });

  it('has the task list, the tasks of each unit that has any and the people index as CSV, with their rows', () => {
    const tasks = jsonRows('tasks');
    const listed = taskListPageRows();
    expect(listed.length).toBe(tasks.length);
    expect(sorted(csvRows('tasks/tasks.csv').map((row) => row['id']))).toEqual(sorted(tasks.map((task) => task['id'])));
    expect(csvRows('tasks/tasks.csv').every((row) => row['status'] !== '' && row['status_as_of'] !== '')).toBe(true);
    const unitIds = jsonRows('units').map((unit) => unit['id'] as string);
    let unitFiles = 0;
    for (const unit of unitIds) {
      const expected = listed.filter((task) => task.units.includes(unit)).map((task) => task.id);
      const csv = `units/${unit}/tasks.csv`;
      expect(isFile(csv), csv).toBe(expected.length > 0);
      if (expected.length === 0) continue;
      unitFiles += 1;
      expect(sorted(csvRows(csv).map((row) => row['id'])), csv).toEqual(sorted(expected));
    }
    expect(unitFiles).toBeGreaterThan(0);
    const members = jsonRows('group-members');
    const people = csvRows('people/people.csv');
    expect(people.length).toBe(members.length);
    expect(sorted(people.map((row) => `${row['group']} ${row['name']} ${row['role']}`))).toEqual(
      sorted(members.map((row) => `${row['group']} ${row['name']} ${row['role']}`)),
    );
  });

  it('links from every page only download files that exist', () => {
    const broken: string[] = [];
    let links = 0;
    for (const file of htmlFiles(siteDir)) {
      for (const href of downloadLinks(file)) {
        links += 1;
        if (!isFile(href)) broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(noticeIds.length * 3);
  });

  it('links every file a notice has on its page, and the whole JSON of each of its tables', () => {
    for (const id of noticeIds) {
      const page = readPage(siteDir, `notices/${id}/index.html`);
      const links = new Set(downloadLinks(`notices/${id}/index.html`));
      for (const table of perNoticeTables) {
        const csv = `data/${table.name}/${id}.csv`;
        expect(links.has(csv), csv).toBe(isFile(csv));
        if (isFile(csv)) expect(links.has(`data/${table.name}.json.gz`), `${id}: data/${table.name}.json.gz`).toBe(true);
      }
      expect(links.has(`notices/${id}/responsibilities.csv`), id).toBe(isFile(`notices/${id}/responsibilities.csv`));
      const section = page.querySelector('section[aria-labelledby="downloads-heading"]');
      expect(page.getElementById('downloads-heading')?.text).toBe('本文件的数据');
      if (section?.querySelector('a[href$=".json.gz"]')) expect(section.text).toContain('全部文件的完整表');
    }
  });

  it('points, beside the CSV of what a list page shows, to the whole JSON of its table, saying it is the whole table', () => {
    const beside = (file: string, csv: string, json: string) => {
      const paragraph = readPage(siteDir, file)
        .querySelectorAll('p.downloads')
        .find((p) => p.querySelector('a[href$=".csv"]')?.getAttribute('href') === `/${csv}`);
      expect(paragraph, `${file}: ${csv}`).toBeDefined();
      expect(paragraph!.querySelector('a[href$=".json.gz"]')?.getAttribute('href'), file).toBe(`/${json}`);
      expect(paragraph!.text, file).toContain('全部文件的完整表');
    };
    beside('tasks/index.html', 'tasks/tasks.csv', 'data/tasks.json.gz');
    beside('people/index.html', 'people/people.csv', 'data/group-members.json.gz');
    for (const file of filesUnder('units').filter((name) => /^units\/[^/]+\/tasks\.csv$/u.test(name)))
      beside(`${path.dirname(file)}/index.html`, file, 'data/tasks.json.gz');
    for (const id of noticeIds)
      if (isFile(`notices/${id}/responsibilities.csv`))
        beside(`notices/${id}/responsibilities/index.html`, `notices/${id}/responsibilities.csv`, 'data/tasks.json.gz');
  });
});
