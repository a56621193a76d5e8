import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import { perNoticeTables } from '../../src/lib/pages/download-tables.ts';
import { allTables } from '../../src/lib/data/tables.ts';
import { fileForPath, readPage } from './support/site-files.ts';

// The open-data files of the built site: whole tables, and per notice only what has rows.
const siteDir = inject('liveSiteDir');
const ROOT = path.resolve(import.meta.dirname, '../..');
const noticeIds = readdirSync(path.join(ROOT, 'content/notices'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''));
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const dataRows = (file: string) => Papa.parse<string[]>(read(file).replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data.length - 1;
const isFile = (file: string) => fileForPath(siteDir, `/${file}`) === file;

describe('the downloads of the built site', () => {
  it('has every table whole, as CSV and JSON, and the data package', () => {
    for (const table of allTables) {
      expect(isFile(`data/${table.name}.csv`), table.name).toBe(true);
      expect(Array.isArray(JSON.parse(read(`data/${table.name}.json`)))).toBe(true);
    }
    expect(JSON.parse(read('data/datapackage.json')).resources).toHaveLength(allTables.length);
  });

  it('has per notice a CSV for each table with rows and no other, and one JSON with all its tables', () => {
    for (const id of noticeIds) {
      const json = JSON.parse(read(`notices/${id}/data.json`)) as { notice: string; tables: Record<string, unknown[]> };
      expect(json.notice).toBe(id);
      for (const table of perNoticeTables) {
        const csv = `data/${table.name}/${id}.csv`;
        const rows = json.tables[table.name] ?? [];
        expect(isFile(csv), csv).toBe(rows.length > 0);
        if (rows.length > 0) expect(dataRows(csv), csv).toBe(rows.length);
        expect(isFile(`data/${table.name}/${id}.json`)).toBe(false);
      }
    }
  });

  it('writes no per-notice or per-unit download without a row (a whole table is there even when empty)', () => {
    const empty: string[] = [];
    const walk = (directory: string) => {
      if (!existsSync(path.join(siteDir, directory))) return; // no notice has rows in that table
      for (const entry of readdirSync(path.join(siteDir, directory), { withFileTypes: true })) {
        const file = path.join(directory, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.json') && file.startsWith('units/') && JSON.parse(read(file)).length === 0) empty.push(file);
        else if (file.endsWith('.csv') && dataRows(file) === 0) empty.push(file);
      }
    };
    for (const table of perNoticeTables) walk(`data/${table.name}`);
    walk('notices');
    walk('units');
    expect(empty).toEqual([]);
  });

  it('links every file a notice has on its page, and only those', () => {
    for (const id of noticeIds) {
      const page = readPage(siteDir, `notices/${id}/index.html`);
      const links = new Set(page.querySelectorAll('a[href]').map((link) => link.getAttribute('href') ?? ''));
      const downloads = [...links].filter((href) => /\.(csv|json)$/u.test(href));
      for (const href of downloads) expect(isFile(href.replace(/^\//u, '')), `${id}: ${href}`).toBe(true);
      for (const table of perNoticeTables) {
        const csv = `data/${table.name}/${id}.csv`;
        expect(links.has(`/${csv}`), csv).toBe(isFile(csv));
      }
      expect(links.has(`/notices/${id}/data.json`)).toBe(true);
      expect(page.getElementById('downloads-heading')?.text).toBe('本文件的数据');
    }
  });
});
