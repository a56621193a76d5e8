// What the frozen fixture's five notices make of the site (tests/fixtures/frozen-site/): the notices,
// their listing and the change log of the fixture's own git history. The same checks for any content
// (pages, clauses, links, citations, feeds) run on the live site: tests/e2e/live-content.test.ts.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FROZEN_PROJECT } from '../support/site-copy.ts';
import { FROZEN_HISTORY, FROZEN_REPORTED } from './support/frozen-site.ts';
import { readPage } from './support/site-files.ts';

const siteDir = inject('frozenSiteDir');
const noticeIds = readdirSync(path.join(FROZEN_PROJECT, 'content/notices'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''));

describe('the built frozen site', () => {
  it('has the five notices, each listed on the home page with number, issuer, date and region', () => {
    expect(noticeIds).toEqual(['anze-2022-50', 'anze-2023-16', 'pianguan-2023-53', 'xixian-2023-2', 'zhumadian-2021-19']);
    const items = readPage(siteDir, 'index.html').querySelectorAll('.notice-list li');
    expect(items).toHaveLength(5);
    for (const item of items) expect(item.querySelector('.meta')?.text).toMatch(/〔\d{4}〕\d+号.*(人民政府|办公室).*\d{4}年.*省/su);
  });

  it('gives each notice more than five numbered clauses', () => {
    for (const id of noticeIds) expect(readPage(siteDir, `notices/${id}/index.html`).querySelectorAll('.notice-text .clause').length, id).toBeGreaterThan(5);
  });

  it('publishes a change log and an Atom feed of the fixture’s two commits, newest first', () => {
    const changes = readPage(siteDir, 'changes/index.html').querySelectorAll('.change-list > li');
    expect(changes.map((change) => change.querySelector('time')?.text)).toEqual(['2023年2月20日', '2023年1月10日']);
    expect(changes.map((change) => change.querySelector('details .source-note')?.text.replace(/（[0-9a-f]{7}）$/u, ''))).toEqual(
      FROZEN_HISTORY.map((commit) => `提交说明：${commit.subject}`).reverse(),
    );
    const entries = readPage(siteDir, 'changes/feed.xml').querySelectorAll('entry');
    expect(entries).toHaveLength(2);
    // The entry's title is written for the public from the rows the commit added; the commit message and files follow.
    expect(entries[0]?.querySelector('title')?.text).toBe(
      '安政办发〔2022〕50号：新增进展报告 2 条：anze-2022-50-clear-2022 / 2022-09-14 / 亩、anze-2022-50-clear-2022 / 2022-09-14 / %。',
    );
    expect(entries[0]?.querySelector('summary')?.text).toBe(
      `提交说明：${FROZEN_HISTORY[1].subject}\n${FROZEN_REPORTED}：新增 2 行：anze-2022-50-clear-2022 / 2022-09-14 / 亩、anze-2022-50-clear-2022 / 2022-09-14 / %`,
    );
    expect(entries[1]?.querySelector('title')?.text).toMatch(/^安政办发〔2022〕50号：新增文件全文；/u);
    // Every notice page says when its text and its data last changed.
    for (const id of noticeIds) {
      const updated = readPage(siteDir, `notices/${id}/index.html`)
        .querySelectorAll('.updated')
        .map((element) => element.text);
      expect(updated, id).toEqual(['正文最后更新：2023年1月10日', `数据最后更新：${id === 'anze-2022-50' ? '2023年2月20日' : '2023年1月10日'}`]);
    }
  });
});
