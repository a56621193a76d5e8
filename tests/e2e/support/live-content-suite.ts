// The checks that hold for any valid content: run on the site built from this checkout's content/ and
// data/ (tests/e2e/live-content.test.ts) and on a copy where staff followed the README
// (tests/e2e/staff-edit.test.ts). They name no notice, row, count or text of today's content; those
// tests run on the frozen fixture (tests/fixtures/frozen-site/). What is checked: every notice has its
// page, clauses, anchors and citations as its MDX says; ids, links and anchors resolve; nothing on a page
// runs script from the content; the change log and feeds follow git history; every page template passes
// axe-core; no page scrolls sideways on a phone; and search finds exactly the pages whose text contains a
// query (the truth computed from the built HTML). Not here: the 24 × 24 px tap targets (phone.test.ts, on
// the frozen site), which the dashboard's status bars meet only while no status holds just a few tasks
// (after the README's example edit, one task of 83 is a segment link 4 px wide at 320 px).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { FEED_ENTRIES, SITE_FEED_ENTRIES } from '../../../src/lib/feeds/feeds.ts';
import { formatDateZh } from '../../../src/lib/format.ts';
import { clauseIndexOf } from '../../../src/lib/notices/clause-index.ts';
import { splitFrontmatter, validateNoticeFrontmatter } from '../../../src/lib/notices/frontmatter.ts';
import { commitCount, lastCommitDate } from '../../support/git.ts';
import { accessibilityViolations, closeBrowser, newPage } from './browser.ts';
import { checkExactness, exactnessCases } from './exactness.ts';
import { fileForPath, htmlFiles, readPage } from './site-files.ts';

/** A built and served site and the project (content/, data/ and its git repository) it was built from. */
export interface SiteUnderTest {
  /** The built site. */
  dir: string;
  /** Where it is served. */
  url: string;
  /** The project root: content/notices/*.mdx and the git history are read from here. */
  root: string;
}

export interface SuiteOptions {
  /** How many exact-search queries of each kind, relative to the full set (see exactnessCases). */
  searchScale?: number;
}

/** The notices of a project, with their frontmatter and MDX body. */
function noticesOf(root: string) {
  const folder = path.join(root, 'content/notices');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = `content/notices/${name}`;
      const source = readFileSync(path.join(root, file), 'utf8');
      const frontmatter = validateNoticeFrontmatter(source, file).data;
      if (!frontmatter) throw new Error(`${file}: the frontmatter does not validate`);
      return { id: name.replace(/\.mdx$/u, ''), file, frontmatter, body: splitFrontmatter(source)?.body ?? '' };
    });
}

/** The URL path of a built page file (`notices/x/index.html` → `/notices/x/`). */
const urlOf = (file: string) => `/${file.replace(/index\.html$/u, '')}`;

/**
 * Registers the checks that hold for any valid content, on the site `site()` gives (called inside
 * the tests, so the site may be built in a beforeAll).
 */
export function describeLiveContentChecks(name: string, site: () => SiteUnderTest, { searchScale = 1 }: SuiteOptions = {}): void {
  afterAll(closeBrowser);

  describe(`${name}: every notice, link and id`, () => {
    it('has a page for every notice, in the sitemap, and lists each once on the home page, newest first, with number, issuer, date and province', () => {
      const { dir, root } = site();
      const notices = noticesOf(root);
      expect(notices.length).toBeGreaterThan(0);
      const sitemap = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
      expect(sitemap).not.toContain('.csv');
      const items = readPage(dir, 'index.html').querySelectorAll('.notice-list li');
      expect(items.map((item) => item.querySelector('a.title')?.getAttribute('href')).sort()).toEqual(notices.map((notice) => `/notices/${notice.id}/`).sort());
      const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      for (const { id, frontmatter } of notices) {
        expect(fileForPath(dir, `/notices/${id}/`), id).toBeDefined();
        expect(sitemap, id).toContain(`/notices/${id}/</loc>`);
        const meta = items.find((item) => item.querySelector('a.title')?.getAttribute('href') === `/notices/${id}/`)?.querySelector('.meta')?.text ?? '';
        for (const part of [frontmatter.docNumber, frontmatter.issuer, formatDateZh(frontmatter.issued), frontmatter.region.province])
          expect(meta, id).toContain(part);
      }
    });

    it('has no duplicate id on any page, and nothing from the content that runs as script (no inline handlers, no javascript: links)', () => {
      const { dir } = site();
      for (const file of htmlFiles(dir)) {
        const page = readPage(dir, file);
        const ids = page.querySelectorAll('[id]').map((element) => element.id);
        expect(
          ids.filter((id, index) => ids.indexOf(id) !== index),
          file,
        ).toEqual([]);
        const handlers = page.querySelectorAll('*').filter((element) => Object.keys(element.attributes).some((attribute) => /^on/iu.test(attribute)));
        expect(
          handlers.map((element) => element.toString().slice(0, 80)),
          file,
        ).toEqual([]);
        expect(
          page
            .querySelectorAll('[href]')
            .map((element) => element.getAttribute('href') ?? '')
            .filter((href) => /^\s*javascript:/iu.test(href)),
          file,
        ).toEqual([]);
      }
    });

    it('anchors the clauses of every notice as the data checks compute them from its MDX, each with its citation label and link', () => {
      const { dir, root } = site();
      for (const { id, body } of noticesOf(root)) {
        const clauses = readPage(dir, `notices/${id}/index.html`).querySelectorAll('.notice-text .clause');
        for (const clause of clauses) {
          expect(clause.id, id).toMatch(/^(a\d+-)?c\d+(-\d+)*(-[b-z])?$|^a\d+$/u);
          expect(clause.getAttribute('data-clause'), `${id} #${clause.id}`).toBeTruthy();
          expect(clause.querySelector('a.clause-link')?.getAttribute('href'), `${id} #${clause.id}`).toBe(`#${clause.id}`);
        }
        expect(
          clauses.map((element) => ({ id: element.id, label: element.getAttribute('data-clause') })),
          id,
        ).toEqual(clauseIndexOf(body));
      }
    });

    it('gives every heading and clause of a notice a short ASCII id', () => {
      const { dir } = site();
      const long: string[] = [];
      for (const file of htmlFiles(dir).filter((name) => /^notices\/[^/]+\/index\.html$/u.test(name))) {
        for (const element of readPage(dir, file).querySelectorAll('.notice-text [id]')) {
          const id = element.getAttribute('id')!;
          if (!/^[a-z0-9-]{1,16}$/u.test(id)) long.push(`${file}: ${id.slice(0, 40)}`);
        }
      }
      expect(long).toEqual([]);
    });

    it('resolves every internal link and anchor', () => {
      const { dir } = site();
      const broken: string[] = [];
      for (const file of htmlFiles(dir)) {
        const page = readPage(dir, file);
        const pagePath = urlOf(file);
        for (const link of page.querySelectorAll('a[href]')) {
          const href = link.getAttribute('href') ?? '';
          if (/^(https?:|mailto:)/u.test(href)) continue;
          const [target = '', hash] = href.startsWith('#') ? [pagePath, href.slice(1)] : href.split('#');
          const targetFile = fileForPath(dir, target.startsWith('/') ? target : new URL(target, `http://x${pagePath}`).pathname);
          if (!targetFile) {
            broken.push(`${file}: ${href}`);
            continue;
          }
          if (hash && !readPage(dir, targetFile).getElementById(decodeURIComponent(hash))) broken.push(`${file}: ${href} (no #${hash})`);
        }
      }
      expect(broken).toEqual([]);
    });

    it('recognises every cited document number: linked when published here, marked otherwise, and listed', () => {
      const { dir, root } = site();
      for (const { id } of noticesOf(root)) {
        const page = readPage(dir, `notices/${id}/index.html`);
        const internal = page.querySelectorAll('.notice-text a.cited-notice');
        const external = page.querySelectorAll('.notice-text .cited-external');
        for (const link of internal) expect(fileForPath(dir, link.getAttribute('href') ?? ''), link.text).toBeDefined();
        for (const mark of external) expect(mark.getAttribute('title')).toBe('引用文件，本站未收录');
        // Every numbered citation in the frontmatter shows up in the text as a recognised number, and back.
        const listed = page.querySelectorAll('.cited-list li[data-doc-number]').map((item) => item.getAttribute('data-doc-number'));
        const inText = new Set([...internal, ...external].map((element) => element.getAttribute('data-doc-number')));
        for (const number of listed) expect(inText.has(number ?? ''), `${id}: ${number}`).toBe(true);
        for (const number of inText) expect(listed, `${id}: ${number}`).toContain(number);
      }
    });
  });

  describe(`${name}: the change log and the feeds follow git history`, () => {
    it(`lists every commit that changed content/ or data/ in the change log, and the newest ${SITE_FEED_ENTRIES} in the site feed`, () => {
      const { dir, root } = site();
      const commits = commitCount(root, ['content', 'data']);
      const changes = readPage(dir, 'changes/index.html');
      const entries = readPage(dir, 'changes/feed.xml').querySelectorAll('entry');
      expect(changes.querySelectorAll('.change-list > li')).toHaveLength(commits);
      expect(entries).toHaveLength(Math.min(commits, SITE_FEED_ENTRIES));
      if (commits === 0) expect(changes.querySelector('main')?.text).toContain('本次构建没有可用的版本历史。');
      for (const entry of entries) {
        // The entry's title is written for the public from the row changes; the commit message and files follow.
        expect(entry.querySelector('title')?.text.trim()).toMatch(/\p{Script=Han}/u);
        expect(entry.querySelector('summary')?.text).toMatch(/^提交说明：.*\n(content|data)\//u);
        // It links to its entry on the change log page.
        const hash = new URL(entry.querySelector('link')?.getAttribute('href') ?? '', 'http://x').hash.slice(1);
        expect(changes.getElementById(hash), hash).not.toBeNull();
      }
      for (const entry of changes.querySelectorAll('.change-list > li')) {
        expect(entry.querySelector('p')?.text).toMatch(/^\d{4}年\d+月\d+日 · \S/u);
        expect(entry.querySelector('details summary')?.text).toMatch(/^提交说明与修改的文件/u);
      }
    });

    it('says on every notice page when its text last changed, as git says', () => {
      const { dir, root } = site();
      for (const { id, file } of noticesOf(root)) {
        const last = lastCommitDate(root, [file]);
        const updated = readPage(dir, `notices/${id}/index.html`)
          .querySelectorAll('.updated')
          .map((element) => element.text)
          .filter((text) => text.startsWith('正文'));
        expect(updated, id).toEqual(last ? [`正文最后更新：${formatDateZh(last.slice(0, 10))}`] : []);
      }
    });

    it(`gives every notice, unit and region page its own Atom feed, explained; a notice's feed lists the newest ${FEED_ENTRIES} commits that touched its files`, () => {
      const { dir, root } = site();
      const pages = htmlFiles(dir).filter(
        (file) =>
          /^(notices\/[^/]+|units\/[^/]+|notices\/region\/[^/]+)\/index\.html$/u.test(file) &&
          !file.startsWith('notices/year/') &&
          !file.startsWith('notices/region/index'),
      );
      for (const file of pages) {
        const html = readPage(dir, file);
        const pagePath = urlOf(file);
        const alternates = html
          .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
          .map((link) => decodeURIComponent(link.getAttribute('href') ?? ''));
        expect(alternates, file).toContain(`${pagePath}feed.xml`);
        expect(html.querySelector('.feed-link')?.text, file).toMatch(/^订阅.+的更新（Atom）：把这个地址添加到 RSS\/Atom 阅读器/u);
        const feed = parse(readFileSync(path.join(dir, decodeURIComponent(pagePath), 'feed.xml'), 'utf8'));
        expect(decodeURIComponent(feed.querySelector('link[rel="self"]')?.getAttribute('href') ?? ''), file).toMatch(
          new RegExp(`^https?://[^/]+${pagePath.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}feed\\.xml$`, 'u'),
        );
        const entries = feed.querySelectorAll('entry');
        expect(entries.length, file).toBeLessThanOrEqual(FEED_ENTRIES);
        for (const entry of entries) {
          expect(entry.querySelector('title')?.text, file).toMatch(/\p{Script=Han}/u);
          expect(entry.querySelector('summary')?.text, file).toMatch(/^提交说明：/u);
        }
        if (file.startsWith('notices/') && !file.startsWith('notices/region/')) {
          const id = file.split('/')[1]!;
          expect(entries.length, file).toBe(Math.min(FEED_ENTRIES, commitCount(root, [`content/notices/${id}.mdx`, `:(glob)data/*/${id}.csv`])));
          for (const entry of entries) for (const line of (entry.querySelector('summary')?.text ?? '').split('\n').slice(1)) expect(line, file).toContain(id);
        }
      }
    });
  });

  describe(`${name}: in a browser`, () => {
    // One axe run per template, one after another (about 20 pages, the 404 page among them): on two shared
    // cores that takes over a minute.
    it('every page template passes axe-core with no violations', { timeout: 180_000 }, async () => {
      const { dir, url } = site();
      // One page of each template, plus all notices (their text varies most).
      const templates = new Map<string, string>();
      for (const file of htmlFiles(dir)) {
        const template = file.startsWith('notices/') && file.split('/').length === 3 ? file : file.replace(/\/[^/]+\/index\.html$/u, '/*');
        if (!templates.has(template)) templates.set(template, file);
      }
      const page = await newPage();
      const violations: string[] = [];
      for (const file of templates.values()) {
        await page.goto(`${url}${urlOf(file)}`);
        violations.push(...(await accessibilityViolations(page)).map((violation) => `${file}: ${violation}`));
      }
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it('no page scrolls sideways at 320 or 375 px', { timeout: 300_000 }, async () => {
      const { dir, url } = site();
      const wide: string[] = [];
      for (const width of [320, 375]) {
        const page = await newPage({ viewport: { width, height: 667 }, isMobile: true, hasTouch: true });
        for (const file of htmlFiles(dir)) {
          await page.goto(`${url}${urlOf(file)}`, { waitUntil: 'load' });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) wide.push(`${width}px ${file}: ${scrollWidth}px wide`);
        }
        await page.context().close();
      }
      expect(wide).toEqual([]);
    });
  });

  describe(`${name}: exact search through the search page`, () => {
    it('finds exactly the pages whose text contains the query: recall 1 and precision 1 for every kind', { timeout: 600_000 }, async () => {
      const { dir, url } = site();
      const cases = exactnessCases(dir, searchScale);
      // The queries that must find nothing really are absent.
      for (const query of cases.queries['absent from the corpus']!) expect(cases.truth(query), query).toEqual([]);
      const page = await newPage();
      const { report, failures } = await checkExactness(page, url, cases);
      console.log(report);
      expect(failures).toEqual([]);
      await page.context().close();
    });
  });
}
