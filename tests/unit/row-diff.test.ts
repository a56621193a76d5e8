import { describe, expect, it } from 'vitest';
import { diffCsvRows } from '../../src/lib/data/row-diff.ts';

const HEADER = 'target,as_of,value,unit,source,source_clause,note';
const KEY = ['target', 'as_of', 'unit'];

describe('diffCsvRows', () => {
  it('names rows added, altered and removed by their key', () => {
    const before = `${HEADER}\nt-1,2022-09-14,48.2,亩,报告甲,,\nt-1,2022-10-14,60,亩,报告乙,,\nt-2,2022-09-14,10,%,报告丙,,\n`;
    const after = `${HEADER}\nt-1,2022-09-14,48.2,亩,报告甲,,\nt-1,2022-10-14,61.5,亩,报告乙,,\nt-1,2022-11-14,80,亩,报告丁,,\n`;
    expect(diffCsvRows(before, after, KEY)).toEqual({
      added: ['t-1 / 2022-11-14 / 亩'],
      changed: ['t-1 / 2022-10-14 / 亩'],
      removed: ['t-2 / 2022-09-14 / %'],
    });
  });

  it('sees no change in reordered columns, a BOM, CRLF line ends, surrounding spaces or a new empty column', () => {
    const before = 'id,name\na,安泽县\nb,息县\n';
    const after = '\uFEFFname,id,note\r\n 安泽县 ,a,\r\n息县,b,\r\n';
    expect(diffCsvRows(before, after, ['id'])).toEqual({ added: [], changed: [], removed: [] });
  });

  it('treats a missing version as an empty file (a file added or deleted)', () => {
    expect(diffCsvRows(undefined, 'id,name\na,x\n', ['id'])).toEqual({ added: ['a'], changed: [], removed: [] });
    expect(diffCsvRows('id,name\na,x\n', undefined, ['id'])).toEqual({ added: [], changed: [], removed: ['a'] });
  });

  it('matches rows by content when the key columns are missing, and keeps duplicate keys apart', () => {
    expect(diffCsvRows('a,b\n1,2\n', 'a,b\n1,3\n', ['id'])).toEqual({ added: ['1'], changed: [], removed: ['1'] });
    expect(diffCsvRows('id,v\nx,1\n', 'id,v\nx,1\nx,2\n', ['id'])).toEqual({ added: ['x#2'], changed: [], removed: [] });
  });
});
