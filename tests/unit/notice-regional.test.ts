import { describe, expect, it } from 'vitest';
import { noticeRegionalTables } from '../../src/lib/pages/notice-regional.ts';
import { makeProject } from '../support/project.ts';
import { siteOf } from './builder-sites.ts';

const HEADER = 'table,notice,clause,row,area,kind,parent,measure,value,unit\n';
const cell = (table: string, row: number, area: string, kind: string, parent: string, measure: string, value: number) =>
  `${table},test-2022-1,a1,${row},${area},${kind},${parent},${measure},${value},亩\n`;
const table = (id: string, a: number, b: number, total: number) =>
  cell(id, 1, '甲区', 'area', '合计', '面积', a) + cell(id, 2, '乙区', 'area', '合计', '面积', b) + cell(id, 3, '合计', 'total', '', '面积', total);
const NO_FORMULAS = 'table,measure,formula,source,note\n';

describe('noticeRegionalTables', () => {
  it.each([
    {
      case: 'a total that is the sum of its rows',
      csv: table('test-2022-1-a1', 10, 5, 15),
      findings: ['合计 面积 consistent'],
      flags: [[undefined], [undefined], [undefined]],
    },
    {
      case: 'a total off by more than rounding is flagged as a mismatch',
      csv: table('test-2022-1-a1', 10, 5, 20),
      findings: ['合计 面积 mismatch'],
      flags: [[undefined], [undefined], ['mismatch']],
    },
    {
      case: 'a total within the rounding of its printed figures',
      csv: table('test-2022-1-a1', 1.04, 1.04, 2.1),
      findings: ['合计 面积 rounding'],
      flags: [[undefined], [undefined], ['rounding']],
    },
  ])('$case', ({ csv, findings, flags }) => {
    const site = siteOf(makeProject({ 'data/regional/test-2022-1.csv': HEADER + csv, 'data/regional-formulas/test-2022-1.csv': NO_FORMULAS }));
    const [section] = noticeRegionalTables(site, 'test-2022-1');
    expect(section?.clause).toEqual({ id: 'a1', label: '附件1' });
    expect(section?.findings.map((finding) => `${finding.area} ${finding.measure} ${finding.verdict}`)).toEqual(findings);
    expect(section?.problems).toEqual(section?.findings.filter((finding) => finding.verdict !== 'consistent'));
    expect(section?.flags).toEqual(flags);
  });

  it('gives each printed table its own section, in file order', () => {
    const site = siteOf(
      makeProject({
        'data/regional/test-2022-1.csv': HEADER + table('test-2022-1-b', 1, 2, 3) + table('test-2022-1-a', 1, 2, 9),
        'data/regional-formulas/test-2022-1.csv': NO_FORMULAS,
      }),
    );
    expect(noticeRegionalTables(site, 'test-2022-1').map((section) => [section.view.id, section.problems.length])).toEqual([
      ['test-2022-1-b', 0],
      ['test-2022-1-a', 1],
    ]);
    expect(noticeRegionalTables(site, 'other')).toEqual([]);
  });
});
