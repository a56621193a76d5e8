// Sites for the page-builder tests: the mini project, optionally with a second notice in another county.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project.ts';
import { siteDataOf, type SiteData } from '../../src/lib/pages/site-data.ts';
import { makeProject, MINI_PROJECT } from '../support/project.ts';

/** The site data of a project folder, which must load without problems. */
export function siteOf(root: string, asOf = '2022-10-01'): SiteData {
  const { dataset, problems } = loadProject(root);
  expect(problems).toEqual([]);
  return siteDataOf(dataset, { asOf, history: [] });
}

const MINI_NOTICE = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8');

/** The id of the second notice {@link withSecondNotice} adds: 另县's 另政办发〔2023〕2号, issued 2023-03-01. */
export const SECOND = 'other-2023-2';

/**
 * Overrides for makeProject that add a second notice, {@link SECOND}, in 另县 (same city), with the
 * mini notice's text, and the given data files of it (`data/<table>/other-2023-2.csv`: contents).
 */
export function withSecondNotice(data: Readonly<Record<string, string>> = {}): Record<string, string> {
  const mdx = MINI_NOTICE.replace('docNumber: 测政办发〔2022〕1号', 'docNumber: 另政办发〔2023〕2号')
    .replace('issuer: 测试县人民政府办公室', 'issuer: 另县人民政府办公室')
    .replace('issued: 2022-09-14', 'issued: 2023-03-01')
    .replace('county: 测试县', 'county: 另县');
  return { [`content/notices/${SECOND}.mdx`]: mdx, ...Object.fromEntries(Object.entries(data).map(([table, csv]) => [`data/${table}/${SECOND}.csv`, csv])) };
}

/** The mini project with a second notice (see {@link withSecondNotice}) and its data, plus other overrides. */
export function twoNoticeSite(data: Readonly<Record<string, string>> = {}, overrides: Readonly<Record<string, string>> = {}, asOf?: string): SiteData {
  return siteOf(makeProject({ ...withSecondNotice(data), ...overrides }), asOf);
}
