import { describe, expect, it } from 'vitest';
import { fragmentProblem } from '../../src/lib/search/check-index.ts';
import { ANCHOR_MARK } from '../../src/lib/search/index-format.ts';
import { hasSearchBody, preparePage } from '../../src/lib/search/index-page.ts';
import { normalizeSearchText } from '../../src/lib/search/normalize.ts';
import { indexTokens } from '../../src/lib/search/terms.ts';

const page = (body: string, head = '<title>T</title>') =>
  `<!doctype html><html lang="zh-CN"><head>${head}</head><body><header data-pagefind-ignore="all">站点名称</header><main>${body}</main><footer>页脚</footer></body></html>`;

const NOTICE = page(`<article data-pagefind-body data-issuer="测试县人民政府"><h1 data-pagefind-meta="title">测试县关于印发方案的通知</h1>
<dl><dt>文号</dt><dd>测政办发〔2022〕1号</dd></dl>
<p class="source-note" data-pagefind-ignore="all">最后更新：2026年</p>
<section id="text"><h2 id="方案">测试工作方案</h2>
<h3 id="c1" data-clause="一" class="clause">一、整改措施<a href="#c1" data-pagefind-ignore="all">¶</a></h3>
<p id="c1-0-1" data-clause="一1" class="clause">1.明确责任主体。<a href="#c1-0-1" data-pagefind-ignore="all">¶</a></p>
<p>整改时限:2022年9月15日前。批而未供&amp;闲置</p>
<aside data-pagefind-ignore="all">编者注：原文如此。</aside>
<form><label>不算</label></form><nav>导航</nav><script>var x = "</p>";</script>
</section></article>`);

describe('hasSearchBody', () => {
  it('recognises the data-pagefind-body attribute, not look-alikes', () => {
    expect(hasSearchBody(NOTICE)).toBe(true);
    expect(hasSearchBody('<p data-pagefind-body-x>')).toBe(false);
  });
});

describe('preparePage', () => {
  const prepared = preparePage(NOTICE, true)!;

  it('takes the text Pagefind indexes: the marked body without ignored and always-dropped elements', () => {
    const text = normalizeSearchText(prepared.text);
    expect(text).toBe(
      normalizeSearchText(
        '测试县关于印发方案的通知 文号 测政办发〔2022〕1号 测试工作方案 一、整改措施 1.明确责任主体。 整改时限:2022年9月15日前。批而未供&闲置',
      ),
    );
    for (const absent of ['站点名称', '页脚', '最后更新', '¶', '编者注', '不算', '导航', 'var x']) expect(text).not.toContain(absent);
  });

  it('lists the elements with an id in order, with their citation labels or heading text', () => {
    expect(prepared.anchors).toEqual([
      { id: 'text', label: '' },
      { id: '方案', label: '测试工作方案' },
      { id: 'c1', label: '一' },
      { id: 'c1-0-1', label: '一1' },
    ]);
  });

  it('stores the text with a clause mark where each element with an id starts', () => {
    expect(prepared.content.split(ANCHOR_MARK).length - 1).toBe(prepared.anchors.length);
    expect(prepared.content).toContain(
      `${ANCHOR_MARK} ${ANCHOR_MARK}测试工作方案 ${ANCHOR_MARK}一、整改措施 ${ANCHOR_MARK}1.明确责任主体。 整改时限:2022年9月15日前。批而未供&闲置`,
    );
    expect(prepared.content.split(ANCHOR_MARK).join('').replace(/\s+/gu, ' ').trim()).toBe(prepared.text);
    expect(prepared.tokens).toEqual(indexTokens(normalizeSearchText(prepared.text)));
    expect(prepared.language).toBe('zh-cn');
  });

  it('reads metadata and filters as Pagefind does, on ignored elements too, and takes the title from the first h1', () => {
    const html = page(`<article data-pagefind-body data-kind="责任单位" data-region="安泽县" data-pagefind-filter="kind[data-kind], region[data-region]">
<span data-pagefind-ignore="all" data-pagefind-filter="region:临汾市" data-pagefind-meta="issuer[data-issuer], date:2022-09-14" data-issuer="安泽县人民政府"></span>
<span data-pagefind-filter="region:临汾市"></span>
<h1>安泽县 自然资源局</h1><h1>第二个标题</h1><p data-pagefind-meta="summary" data-pagefind-sort="rank[data-rank]" data-rank="3">摘要  文字</p></article>`);
    const { meta, filters, sort } = preparePage(html, true)!;
    expect(meta).toEqual({ issuer: '安泽县人民政府', date: '2022-09-14', summary: '摘要 文字', title: '安泽县 自然资源局' });
    expect(filters).toEqual({ kind: ['责任单位'], region: ['安泽县', '临汾市'] });
    expect(sort).toEqual({ rank: '3' });
    expect(preparePage(NOTICE, true)!.meta['title']).toBe('测试县关于印发方案的通知');
    expect(preparePage(page('<div data-pagefind-body><p>无标题</p></div>'), true)!.meta['title']).toBe('T');
  });

  it('skips pages without a marked body when the site marks bodies, else indexes the whole page', () => {
    const plain = page('<p>正文</p>');
    expect(preparePage(plain, true)).toBeUndefined();
    const whole = preparePage(plain, false)!;
    expect(normalizeSearchText(whole.text)).toBe('正文');
  });
});

describe('fragmentProblem', () => {
  const prepared = preparePage(NOTICE, true)!;
  const stored = (content: string) => ({ url: '/notices/t/', content });
  const words = prepared.tokens.join(' ');

  it('accepts the index words as given, whatever the spacing', () => {
    expect(fragmentProblem(prepared, stored(words))).toBeUndefined();
    expect(fragmentProblem(prepared, stored(` ${words.replace(/ /gu, '  ')} `))).toBeUndefined();
  });

  it('reports a word Pagefind changed, added or left out, with the place', () => {
    const [first, second, ...rest] = prepared.tokens;
    expect(fragmentProblem(prepared, stored([first, `${second}.`, ...rest].join(' ')))).toMatch(
      /^\/notices\/t\/: Pagefind indexed other words than the page's index words, from word 1 /u,
    );
    expect(fragmentProblem(prepared, stored(prepared.tokens.slice(1).join(' ')))).toMatch(/from word 0 /u);
    expect(fragmentProblem(prepared, stored(`${words} 0000`))).toMatch(new RegExp(`from word ${prepared.tokens.length} `, 'u'));
  });
});
