// The four Markdown plugins of src/lib/markdown, each run through the site's Sätteri processor
// (astro.config.mjs: the same features and, for doc-citations, the same published notices) on a
// small input, and all four together; the snapshots show the HTML a notice's text becomes.
// Notices are MDX: the site compiles them with the same plugins into JavaScript, here the
// processor's Markdown renderer gives the HTML itself.
import { describe, expect, it } from 'vitest';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import config from '../../astro.config.mjs';
import { accessibleTables } from '../../src/lib/markdown/accessible-tables.ts';
import { clauseAnchors } from '../../src/lib/markdown/clause-anchors.ts';
import { headingOrder } from '../../src/lib/markdown/heading-order.ts';

const site = config.markdown?.processor;
if (!site || !isSatteriProcessor(site)) throw new Error('astro.config.mjs no longer uses the Sätteri processor');
const { options } = site;
/** The doc-citations plugin as the site configures it (with the notices of content/notices/). */
const docCitations = options.mdastPlugins.find(
  (plugin) => typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === 'policy-site:doc-citations',
)!;
const SITE_PLUGINS = { mdast: options.mdastPlugins, hast: options.hastPlugins };

/** Renders Markdown with the site's processor options and only the given plugins. */
async function render(
  markdown: string,
  { mdast = [], hast = [] }: { mdast?: MdastPluginEntry[]; hast?: HastPluginEntry[] },
  frontmatter: Record<string, unknown> = {},
): Promise<string> {
  const processor = satteri({ ...options, mdastPlugins: mdast, hastPlugins: hast });
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown, { frontmatter })).code;
}

describe('the site’s Markdown processor', () => {
  it('has the four plugins, and keeps transcribed quotes and dashes as typed', () => {
    expect(options.mdastPlugins).toEqual([clauseAnchors, docCitations, headingOrder]);
    expect(options.hastPlugins).toEqual([accessibleTables]);
    expect(options.features).toMatchObject({ smartPunctuation: false });
  });
});

describe('clause-anchors', () => {
  it('numbers the top-level clauses, links each to itself, and gives other headings a short id and their Astro id', async () => {
    expect(
      await render('## 某某县工作方案\n\n### 一、总体要求\n\n（一）指导思想。\n\n1.明确责任主体。\n\n> （二）引文中的编号不是条款。\n\n### 二、工作步骤\n', {
        mdast: [clauseAnchors],
      }),
    ).toMatchInlineSnapshot(`
      "<h2 id="h-pjb0ta" data-legacy-id="某某县工作方案">某某县工作方案</h2>
      <h3 id="c1" data-clause="一" class="clause">一、总体要求<a href="#c1" class="clause-link" aria-label="条款 一 的链接" data-pagefind-ignore="all">¶</a></h3>
      <p id="c1-1" data-clause="一（一）" class="clause">（一）指导思想。<a href="#c1-1" class="clause-link" aria-label="条款 一（一） 的链接" data-pagefind-ignore="all">¶</a></p>
      <p id="c1-1-1" data-clause="一（一）1" class="clause">1.明确责任主体。<a href="#c1-1-1" class="clause-link" aria-label="条款 一（一）1 的链接" data-pagefind-ignore="all">¶</a></p>
      <blockquote>
      <p>（二）引文中的编号不是条款。</p>
      </blockquote>
      <h3 id="c2" data-clause="二" class="clause">二、工作步骤<a href="#c2" class="clause-link" aria-label="条款 二 的链接" data-pagefind-ignore="all">¶</a></h3>
      "
    `);
  });
});

describe('doc-citations', () => {
  it('links a number published on the site, marks one that is not, and leaves the notice’s own number and link text alone', async () => {
    expect(
      await render(
        '根据《通知》（安政办发[2022]50 号）和《方案》（临政办发〔2022〕35号），见[晋政办函〔2021〕105号](https://example.org/)。本通知（测政办发〔2023〕1号）自印发之日起施行。\n',
        { mdast: [docCitations] },
        { docNumber: '测政办发〔2023〕1号' },
      ),
    ).toMatchInlineSnapshot(`
      "<p>根据《通知》（<a href="/notices/anze-2022-50/" class="cited-notice" data-doc-number="安政办发〔2022〕50号">安政办发[2022]50 号</a>）和《方案》（<span class="cited-external" title="引用文件，本站未收录" data-doc-number="临政办发〔2022〕35号">临政办发〔2022〕35号</span>），见<a href="https://example.org/">晋政办函〔2021〕105号</a>。本通知（测政办发〔2023〕1号）自印发之日起施行。</p>
      "
    `);
  });

  it('links a published number that the sentence runs into, and only the number', async () => {
    expect(await render('为落实根据安政办发〔2022〕50号文件要求，特制定本方案。\n', { mdast: [docCitations] })).toMatchInlineSnapshot(`
      "<p>为落实根据<a href="/notices/anze-2022-50/" class="cited-notice" data-doc-number="安政办发〔2022〕50号">安政办发〔2022〕50号</a>文件要求，特制定本方案。</p>
      "
    `);
  });
});

describe('heading-order', () => {
  it('starts the body at h2 and never skips a level, keeping the relative structure', async () => {
    expect(await render('#### 一、总体要求\n\n###### （一）指导思想\n\n##### （二）工作目标\n\n#### 二、工作步骤\n\n# 附件\n', { mdast: [headingOrder] }))
      .toMatchInlineSnapshot(`
      "<h2 id="一总体要求">一、总体要求</h2>
      <h3 id="一指导思想">（一）指导思想</h3>
      <h4 id="二工作目标">（二）工作目标</h4>
      <h2 id="二工作步骤">二、工作步骤</h2>
      <h2 id="附件">附件</h2>
      "
    `);
  });
});

describe('accessible-tables', () => {
  it('wraps each table in a named, focusable scroll region, numbered per document, and turns empty header cells into data cells', async () => {
    const table = '| 区域 | | 面积（亩） |\n|---|---|---|\n| 甲区 | 合计 | 10 |\n';
    expect(await render(`${table}\n| 年份 | 任务 |\n|---|---|\n| 2022 | 5 |\n`, { hast: [accessibleTables] })).toMatchInlineSnapshot(`
      "<div class="table-wrap" tabindex="0" role="region" aria-label="原文表格1"><table>
      <thead>
      <tr>
      <th>区域</th>
      <td></td>
      <th>面积（亩）</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>甲区</td>
      <td>合计</td>
      <td>10</td>
      </tr>
      </tbody>
      </table></div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="原文表格2"><table>
      <thead>
      <tr>
      <th>年份</th>
      <th>任务</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>2022</td>
      <td>5</td>
      </tr>
      </tbody>
      </table></div>
      "
    `);
    // A new document counts its tables from 1 again.
    expect(await render(table, { hast: [accessibleTables] })).toContain('aria-label="原文表格1"');
  });
});

describe('all four together', () => {
  it('renders a small notice as the site does', async () => {
    expect(
      await render(
        '测政办发〔2023〕1号\n\n#### 一、工作任务\n\n1.落实《通知》（安政办发〔2022〕50号）要求。\n\n#### 附件1\n\n| 甲区任务（亩） |\n|---|\n| 10 |\n',
        SITE_PLUGINS,
        { docNumber: '测政办发〔2023〕1号' },
      ),
    ).toMatchInlineSnapshot(`
      "<p>测政办发〔2023〕1号</p>
      <h2 id="c1" data-clause="一" class="clause">一、工作任务<a href="#c1" class="clause-link" aria-label="条款 一 的链接" data-pagefind-ignore="all">¶</a></h2>
      <p id="c1-0-1" data-clause="一1" class="clause">1.落实《通知》（<a href="/notices/anze-2022-50/" class="cited-notice" data-doc-number="安政办发〔2022〕50号">安政办发〔2022〕50号</a>）要求。<a href="#c1-0-1" class="clause-link" aria-label="条款 一1 的链接" data-pagefind-ignore="all">¶</a></p>
      <h2 id="a1" data-clause="附件1" class="clause">附件1<a href="#a1" class="clause-link" aria-label="条款 附件1 的链接" data-pagefind-ignore="all">¶</a></h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label="原文表格1"><table>
      <thead>
      <tr>
      <th>甲区任务（亩）</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>10</td>
      </tr>
      </tbody>
      </table></div>
      "
    `);
  });
});
