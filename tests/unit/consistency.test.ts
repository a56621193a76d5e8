import { describe, expect, it } from 'vitest';
import { evaluateFormula, parseFormula, formulaColumns } from '../../src/lib/consistency/formula.ts';
import { decimalsOf, printedInterval, subtract } from '../../src/lib/consistency/interval.ts';
import { checkRegionalTable, regionalTableView } from '../../src/lib/consistency/regional-checks.ts';
import type { RegionalRow } from '../../src/lib/data/tables.ts';

describe('intervals', () => {
  it.each([
    [39812, 0],
    [127.53, 2],
    [48.2, 1],
  ])('%d has %i decimals', (value, decimals) => expect(decimalsOf(value)).toBe(decimals));
  it('a printed integer stands for ± 0.5', () => expect(printedInterval(6851)).toEqual({ low: 6850.5, high: 6851.5 }));
  it('subtracts worst cases', () => expect(subtract(printedInterval(18420), printedInterval(11568))).toEqual({ low: 6851, high: 6853 }));
});

describe('formulas', () => {
  it('parses column names, numbers, precedence and parentheses', () => {
    const formula = parseFormula('[批准面积] - [供应面积] * 2 / (1 + 1)');
    expect(formulaColumns(formula)).toEqual(['批准面积', '供应面积']);
    const cells = new Map([
      ['批准面积', { value: 10, unit: '亩' }],
      ['供应面积', { value: 4, unit: '亩' }],
    ]);
    const result = evaluateFormula(formula, cells)!;
    expect((result.low + result.high) / 2).toBeCloseTo(6);
  });
  it('uses a percentage as an exact fraction', () => {
    const result = evaluateFormula(
      parseFormula('[未供面积] * [下达任务率]'),
      new Map([
        ['未供面积', { value: 10498, unit: '亩' }],
        ['下达任务率', { value: 60, unit: '%' }],
      ]),
    )!;
    expect(result.low).toBeCloseTo(6298.5);
    expect(result.high).toBeCloseTo(6299.1);
  });
  it.each(['[a', '(1 + 2', '1 +', 'a'])('rejects %j with a position', (source) => expect(() => parseFormula(source)).toThrow(/第 \d+ 个字符/u));
  it('is undefined when a cell is missing', () => expect(evaluateFormula(parseFormula('[x] + 1'), new Map())).toBeUndefined());
});

const rowOf = new Map<string, number>();
const cell = (area: string, kind: RegionalRow['kind'], parent: string | undefined, measure: string, value: number, unit = '亩'): RegionalRow => ({
  table: 't',
  notice: 'n',
  clause: 'a2',
  row: rowOf.get(area) ?? rowOf.set(area, rowOf.size + 1).get(area)!,
  area,
  kind,
  parent,
  measure,
  value,
  unit,
  location: { file: 'f', line: 1, columns: {} },
});

describe('checkRegionalTable', () => {
  const table = regionalTableView([
    cell('甲区', 'area', '合计', '批准面积', 18420),
    cell('甲区', 'area', '合计', '供应面积', 11568),
    cell('甲区', 'area', '合计', '未供面积', 6851),
    cell('甲区', 'area', '合计', '下达任务率', 60, '%'),
    cell('甲区', 'area', '合计', '下达任务量', 4111),
    cell('乙区', 'area', '合计', '批准面积', 100),
    cell('乙区', 'area', '合计', '供应面积', 40),
    cell('乙区', 'area', '合计', '未供面积', 50),
    cell('乙区', 'area', '合计', '下达任务率', 60, '%'),
    cell('乙区', 'area', '合计', '下达任务量', 30),
    cell('合计', 'total', undefined, '批准面积', 18520),
    cell('合计', 'total', undefined, '供应面积', 11609),
    cell('合计', 'total', undefined, '下达任务率', 60, '%'),
  ]);
  const findings = checkRegionalTable(table, [
    { table: 't', measure: '未供面积', formula: '[批准面积] - [供应面积]' },
    { table: 't', measure: '下达任务量', formula: '[未供面积] * [下达任务率]' },
  ]);
  const find = (kind: string, area: string, measure: string) => findings.find((f) => f.kind === kind && f.area === area && f.measure === measure);

  it('finds a total that equals the sum of its rows consistent', () => {
    expect(find('total', '合计', '批准面积')).toMatchObject({ printed: 18520, computed: 18520, gap: 0, verdict: 'consistent' });
  });
  it('labels a total within rounding of its rows, with both numbers and the gap', () => {
    expect(find('total', '合计', '供应面积')).toMatchObject({ printed: 11609, computed: 11608, gap: 1, verdict: 'rounding' });
  });
  it('names the rows a sum covers', () => expect(find('total', '合计', '批准面积')?.basis).toBe('甲区、乙区 2 行之和'));
  it('does not sum percentages', () => expect(find('total', '合计', '下达任务率')).toBeUndefined());
  it('labels a formula difference that rounding explains', () => {
    expect(find('formula', '甲区', '未供面积')).toMatchObject({ printed: 6851, computed: 6852, gap: -1, verdict: 'rounding' });
    expect(find('formula', '甲区', '下达任务量')).toMatchObject({ printed: 4111, verdict: 'consistent' });
  });
  it('flags a formula difference rounding cannot explain', () => {
    expect(find('formula', '乙区', '未供面积')).toMatchObject({ printed: 50, computed: 60, gap: -10, verdict: 'mismatch' });
    expect(find('formula', '乙区', '下达任务量')).toMatchObject({ printed: 30, computed: 30, verdict: 'consistent' });
  });
});
