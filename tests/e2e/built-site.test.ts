import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { clauseIndexOf } from '../../src/lib/notices/clause-index.ts';
import { splitFrontmatter } from '../../src/lib/notices/frontmatter.ts';
import { fileForPath, htmlFiles, readPage } from './support/site-files.ts';

const siteDir = inject('siteDir');
const ROOT = path.resolve(import.meta.dirname, '../..');
const noticeIds = readdirSync(path.join(ROOT, 'content/notices'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''));

describe('the built site', () => {
  it('has a page for each of the five notices', () => {
    expect(noticeIds.length).toBeGreaterThanOrEqual(5);
    for (const id of noticeIds) expect(fileForPath(siteDir, `/notices/${id}/`), id).toBeDefined();
  });

  it('lists every notice on the home page, newest first, with number, issuer, date and region', () => {
    const home = readPage(siteDir, 'index.html');
    const items = home.querySelectorAll('.notice-list li');
    expect(items).toHaveLength(noticeIds.length);
    const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of items) expect(item.querySelector('.meta')?.text).toMatch(/〔\d{4}〕\d+号.*(人民政府|办公室).*\d{4}年.*省/su);
  });

  it('has no duplicate id on any page and every clause anchor is unique', () => {
    for (const file of htmlFiles(siteDir)) {
      const ids = readPage(siteDir, file)
        .querySelectorAll('[id]')
        .map((element) => element.id);
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(duplicates, file).toEqual([]);
    }
  });

  it('gives each notice numbered clauses with anchors and citation labels', () => {
    for (const id of noticeIds) {
      const clauses = readPage(siteDir, `notices/${id}/index.html`).querySelectorAll('.notice-text .clause');
      expect(clauses.length, id).toBeGreaterThan(5);
      for (const clause of clauses) {
        expect(clause.id).toMatch(/^(a\d+-)?c\d+(-\d+)*(-[b-z])?$|^a\d+$/u);
        expect(clause.getAttribute('data-clause')).toBeTruthy();
        expect(clause.querySelector('a.clause-link')?.getAttribute('href')).toBe(`#${clause.id}`);
      }
    }
  });

  it('anchors the same clauses in the page as the data checks compute from the MDX', () => {
    for (const id of noticeIds) {
      const body = splitFrontmatter(readFileSync(path.join(ROOT, 'content/notices', `${id}.mdx`), 'utf8'))?.body ?? '';
      const rendered = readPage(siteDir, `notices/${id}/index.html`)
        .querySelectorAll('.notice-text .clause')
        .map((element) => ({ id: element.id, label: element.getAttribute('data-clause') }));
      expect(rendered, id).toEqual(clauseIndexOf(body));
    }
  });

  it('publishes a sitemap of every page and an Atom feed and change log from git history', () => {
    const sitemap = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
    for (const id of noticeIds) expect(sitemap).toContain(`/notices/${id}/</loc>`);
    expect(sitemap).not.toContain('.csv');
    const feed = readPage(siteDir, 'changes/feed.xml');
    const entries = feed.querySelectorAll('entry');
    expect(entries.length).toBeGreaterThan(0);
    // The entry's title is written for the public from the row changes; the commit message and files follow.
    expect(entries[0]?.querySelector('title')?.text).toMatch(/^[^a-z]*号：(新增|修改|删除)/u);
    expect(entries[0]?.querySelector('summary')?.text).toMatch(/^提交说明：.+\n(content|data)\//u);
    const changes = readPage(siteDir, 'changes/index.html').querySelectorAll('.change-list > li');
    expect(changes.length).toBe(Math.min(entries.length, changes.length));
    // Every notice page says when its text last changed.
    for (const id of noticeIds) expect(readPage(siteDir, `notices/${id}/index.html`).querySelector('.updated')?.text).toMatch(/^正文最后更新：\d{4}年/u);
  });

  it('resolves every internal link and anchor', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(siteDir)) {
      const page = readPage(siteDir, file);
      const pagePath = `/${file.replace(/index\.html$/u, '')}`;
      for (const link of page.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/u.test(href)) continue;
        const [target = '', hash] = href.startsWith('#') ? [pagePath, href.slice(1)] : href.split('#');
        const targetFile = fileForPath(siteDir, target.startsWith('/') ? target : new URL(target, `http://x${pagePath}`).pathname);
        if (!targetFile) {
          broken.push(`${file}: ${href}`);
          continue;
        }
        if (hash && !readPage(siteDir, targetFile).getElementById(decodeURIComponent(hash))) broken.push(`${file}: ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('recognises every cited document number: linked when published here, marked otherwise', () => {
    for (const id of noticeIds) {
      const page = readPage(siteDir, `notices/${id}/index.html`);
      const internal = page.querySelectorAll('.notice-text a.cited-notice');
      const external = page.querySelectorAll('.notice-text .cited-external');
      for (const link of internal) expect(fileForPath(siteDir, link.getAttribute('href') ?? ''), link.text).toBeDefined();
      for (const mark of external) expect(mark.getAttribute('title')).toBe('引用文件，本站未收录');
      // Every numbered citation in the frontmatter shows up in the text as a recognised number.
      const listed = page.querySelectorAll('.cited-list li[data-doc-number]').map((item) => item.getAttribute('data-doc-number'));
      const inText = new Set([...internal, ...external].map((element) => element.getAttribute('data-doc-number')));
      for (const number of listed) expect(inText.has(number ?? ''), `${id}: ${number}`).toBe(true);
      // And every number recognised in the text is listed.
      for (const number of inText) expect(listed, `${id}: ${number}`).toContain(number);
    }
  });
});
