import { describe, expect, it } from 'vitest';
import { normalizeValue, pagefindItems } from '../../src/lib/search/pagefind-attributes.ts';

const attributes: Record<string, string> = { 'data-issuer': '安泽县人民政府', 'data-year': '2022', 'data-empty': '' };
const attributeOf = (name: string) => attributes[name];

describe('pagefindItems', () => {
  it.each([
    ['title', [{ key: 'title', text: true }]],
    ['kind:文件', [{ key: 'kind', value: '文件' }]],
    [
      'issuer[data-issuer], year[data-year]',
      [
        { key: 'issuer', value: '安泽县人民政府' },
        { key: 'year', value: '2022' },
      ],
    ],
    [
      'issuer[data-issuer], note:甲,乙:丙',
      [
        { key: 'issuer', value: '安泽县人民政府' },
        { key: 'note', value: '甲,乙:丙' },
      ],
    ],
    [
      'missing[data-none], empty[data-empty]',
      [
        { key: 'missing', value: '' },
        { key: 'empty', value: '' },
      ],
    ],
    [
      'title, ,summary',
      [
        { key: 'title', text: true },
        { key: 'summary', text: true },
      ],
    ],
    ['year[data-year]:extra', [{ key: 'year', value: '2022:extra' }]],
  ])('reads %j', (attribute, expected) => {
    expect(pagefindItems(attribute, attributeOf)).toEqual(expected);
  });
});

describe('normalizeValue', () => {
  it.each([
    ['\n安泽县\n', '安泽县'],
    ['安泽县\n\n人民政府', '安泽县 人民政府'],
    ['a   b', 'a b'],
    [' 前后空格 ', ' 前后空格 '],
  ])('%j → %j', (value, expected) => {
    expect(normalizeValue(value)).toBe(expected);
  });
});
