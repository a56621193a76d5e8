import { describe, expect, it } from 'vitest';
import { assignClauseAnchors, formatChineseNumeral, headingId, parseChineseNumeral, parseClauseMarker, splitMdxBlocks } from '../../src/lib/notices/clauses.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['两', 2],
  ])('%s → %i', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  it.each(['', '百', 'a', '十十十十'])('rejects %j', (text) => expect(parseChineseNumeral(text)).toBeUndefined());
  it.each([1, 9, 10, 11, 20, 23, 99])('formats %i back', (value) => expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value));
});

describe('parseClauseMarker', () => {
  it.each([
    ['一、总体要求', 1, 1],
    ['十二、附则', 1, 12],
    ['（一）推进“标准地”改革方面', 2, 1],
    ['(三)关于', 2, 3],
    ['1.“标准地”改革', 3, 1],
    ['2．完善', 3, 2],
    ['3、制定', 3, 3],
    ['1. 政府主导', 3, 1],
    ['（1）开发区管委会', 4, 1],
    ['(12)其他', 4, 12],
  ] as const)('%s is level %i number %i', (text, level, number) => {
    expect(parseClauseMarker(text)).toMatchObject({ level, number });
  });
  it.each(['127.53亩', '2022年', '为加快推进', '1.5倍', '一是加快', '（此件公开发布）'])('%s is not a clause', (text) => {
    expect(parseClauseMarker(text)).toBeUndefined();
  });
});

const blocks = (...texts: string[]) => texts.map((text) => ({ text: text.replace(/^# /u, ''), isHeading: text.startsWith('# ') }));

describe('assignClauseAnchors', () => {
  it('nests levels and resets deeper counters', () => {
    const anchors = assignClauseAnchors(
      blocks('# 一、总体要求', '正文', '# 三、措施', '# （一）关于', '1.明确', '（1）开发区', '（2）自', '2.完善', '# （二）关于', '1.成立'),
    );
    expect(anchors.map((anchor) => anchor?.id)).toEqual(['c1', undefined, 'c3', 'c3-1', 'c3-1-1', 'c3-1-1-1', 'c3-1-1-2', 'c3-1-2', 'c3-2', 'c3-2-1']);
    expect(anchors[4]?.label).toBe('三（一）1');
    expect(anchors[6]?.label).toBe('三（一）1（2）');
  });

  it('counts a skipped level as 0 and leaves it out of the label', () => {
    const anchors = assignClauseAnchors(blocks('# 二、原则', '1. 政府主导', '2. 杜绝增量'));
    expect(anchors.map((anchor) => anchor?.id)).toEqual(['c2', 'c2-0-1', 'c2-0-2']);
    expect(anchors[2]?.label).toBe('二2');
  });

  it('restarts numbering in attachments with a prefix', () => {
    const anchors = assignClauseAnchors(
      blocks('# 一、总体', '附件：1.某领导小组', '2.某名单', '# 附件1', '一、办公室', '二、排查登记组', '# 附件 2', '一、其他'),
    );
    expect(anchors.map((anchor) => anchor?.id)).toEqual(['c1', undefined, undefined, 'a1', 'a1-c1', 'a1-c2', 'a2', 'a2-c1']);
    expect(anchors[5]?.label).toBe('附件1 二');
  });

  it('keeps ids unique when a source repeats a number', () => {
    const anchors = assignClauseAnchors(blocks('# 一、甲', '# 一、乙'));
    expect(anchors.map((anchor) => anchor?.id)).toEqual(['c1', 'c1-b']);
  });

  it('only a heading starts an attachment', () => {
    expect(assignClauseAnchors(blocks('附件1'))).toEqual([undefined]);
  });
});

describe('splitMdxBlocks', () => {
  it('reads headings, paragraphs and escapes; skips tables and JSX', () => {
    const body = '## 附件1\n\n### 一、总体\n\n1\\. 政府主导\n\n<EditorialNote>注</EditorialNote>\n\n| a | b |\n|---|---|\n\n**三是**因规划';
    expect(splitMdxBlocks(body)).toEqual([
      { text: '附件1', isHeading: true },
      { text: '一、总体', isHeading: true },
      { text: '1. 政府主导', isHeading: false },
      { text: '三是因规划', isHeading: false },
    ]);
  });
});

describe('headingId', () => {
  it.each(['驻马店市人民政府办公室关于印发驻马店市批而未用土地盘活利用专项行动方案的通知', '全市批而未用土地处置周报表', '附'])(
    '%s gets a short ASCII id',
    (text) => {
      expect(headingId(text)).toMatch(/^h-[0-9a-z]{1,7}$/u);
      expect(headingId(text)).toBe(headingId(text));
    },
  );
  it('depends on the text only, not on spaces or full-width forms', () => {
    expect(headingId('领导小组 成员名单')).toBe(headingId('领导小组成员名单'));
    expect(headingId('２０２１年')).toBe(headingId('2021年'));
    expect(headingId('领导小组成员名单')).not.toBe(headingId('领导小组成员名单及职责'));
  });
});
