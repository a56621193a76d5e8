import { describe, expect, it } from 'vitest';
import { anchorAt, excerptAround, matchOffsets, searchTermsOf, spaceHan } from '../../src/lib/search/text.ts';
import { searchRecordOf } from '../../src/lib/search/records.ts';
import { normalizeForMatch } from '../../src/lib/text/normalize.ts';

describe('spaceHan', () => {
  it.each([
    ['批而未供土地127.53亩', '批 而 未 供 土 地 127.53 亩'],
    ['安政办发〔2022〕50号', '安 政 办 发 〔 2022 〕 50 号'],
    ['Pagefind 搜索', 'Pagefind 搜 索'],
  ])('%s → %s', (text, spaced) => expect(spaceHan(text)).toBe(spaced));
  it('gives the text back when whitespace is removed', () => {
    const text = '临政办发[2022]35 号，要求6月底完成年度任务的50%。';
    expect(normalizeForMatch(spaceHan(text))).toBe(normalizeForMatch(text));
  });
});

describe('searchTermsOf', () => {
  it.each([
    ['安政办发【2022】50 号', '安 政 办 发 〔 2022 〕 50 号'],
    ['安政办发[2022]50号', '安 政 办 发 〔 2022 〕 50 号'],
    ['２０２２年', '2022 年'],
  ])('%s → %s', (query, terms) => expect(searchTermsOf(query)).toBe(terms));
});

describe('matching and excerpts', () => {
  const text = normalizeForMatch('甲乙丙甲乙丁');
  it('finds every occurrence, overlapping ones included', () => {
    expect(matchOffsets(text, '甲乙')).toEqual([0, 3]);
    expect(matchOffsets(normalizeForMatch('aaa'), 'aa')).toEqual([0, 1]);
    expect(matchOffsets(text, '')).toEqual([]);
    expect(matchOffsets(text, '戊')).toEqual([]);
  });
  it('finds the clause containing a position', () => {
    const anchors = [{ offset: 0, id: 'c1' }, { offset: 10, id: 'c2' }];
    expect(anchorAt(anchors, 9)).toBe('c1');
    expect(anchorAt(anchors, 10)).toBe('c2');
    expect(anchorAt([{ offset: 5, id: 'c1' }], 2)).toBeUndefined();
  });
  it('cuts an excerpt around a match', () => {
    expect(excerptAround('0123456789', 4, 2, 2)).toEqual({ before: '…23', match: '45', after: '67…' });
  });
});

describe('searchRecordOf', () => {
  const html = `<html><head><title>T</title></head><body><nav>菜单</nav>
    <article data-pagefind-body data-search-kind="文件" data-search-doc-number="测政办发〔2022〕1号" data-search-date="2022-09-14" data-search-year="2022" data-search-region="山西省|测试县">
      <h1>测试通知</h1><p data-pagefind-ignore="all">说明</p>
      <div class="notice-text"><h3 id="c1" class="clause">一、要求<a data-pagefind-ignore="all">¶</a></h3><p>正文 &amp; 127.53亩</p></div>
    </article></body></html>`;
  const record = searchRecordOf(html, '/notices/test/')!;
  it('indexes the body text only, spaced, without ignored parts', () => {
    expect(record.content).toBe('测 试 通 知 一 、 要 求 正 文 & 127.53 亩');
    expect(record.meta).toMatchObject({ title: '测试通知', docNumber: '测政办发〔2022〕1号', date: '2022-09-14' });
    expect(record.filters).toEqual({ 类别: ['文件'], 地区: ['山西省', '测试县'], 年份: ['2022'] });
  });
  it('records clause anchors as offsets into the normalised text', () => {
    expect(JSON.parse(record.meta['anchors']!)).toEqual([{ offset: 4, id: 'c1' }]);
  });
  it('skips pages without a searchable body', () => expect(searchRecordOf('<html><body>x</body></html>', '/x/')).toBeUndefined());
});
