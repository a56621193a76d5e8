import type { RegionalRow } from '../data/tables.ts';
import { evaluateFormula, parseFormula, type FormulaInput } from './formula.ts';
import { add, midpoint, overlaps, printedInterval, type Interval } from './interval.ts';

/** A derived column declared for a printed table: `measure` should equal `formula`. */
export interface DerivedColumn {
  table: string;
  measure: string;
  formula: string;
}

/** Outcome of one check. */
export type Verdict = 'consistent' | 'rounding' | 'mismatch';

/** One check of one printed figure against what the document's other figures imply. */
export interface ConsistencyFinding {
  kind: 'total' | 'formula';
  table: string;
  /** Row label as printed. */
  area: string;
  measure: string;
  unit: string;
  /** The figure printed in the document. */
  printed: number;
  /** What the other figures give (sum of rows, or the formula), at full precision. */
  computed: number;
  /** printed − computed. */
  gap: number;
  verdict: Verdict;
  /** What was compared, in Chinese: the rows summed (`驿城区、开发区 2 行之和`), or the formula. */
  basis: string;
}

/** A printed table as rows × measures, in printed order. */
export interface RegionalTableView {
  id: string;
  notice: string;
  clause: string;
  measures: Array<{ name: string; unit: string }>;
  rows: Array<{ row: number; area: string; kind: RegionalRow['kind']; parent?: string | undefined; cells: Record<string, number | undefined> }>;
}

/** Groups the long-format rows of one table into a grid. */
export function regionalTableView(cells: readonly RegionalRow[]): RegionalTableView {
  const first = cells[0];
  if (!first) throw new Error('regionalTableView needs at least one cell');
  const measures: Array<{ name: string; unit: string }> = [];
  const rows = new Map<number, RegionalTableView['rows'][number]>();
  for (const cell of cells) {
    if (!measures.some((measure) => measure.name === cell.measure)) measures.push({ name: cell.measure, unit: cell.unit });
    const row = rows.get(cell.row) ?? { row: cell.row, area: cell.area, kind: cell.kind, parent: cell.parent, cells: {} };
    row.cells[cell.measure] = cell.value;
    rows.set(cell.row, row);
  }
  return { id: first.table, notice: first.notice, clause: first.clause, measures, rows: [...rows.values()].sort((a, b) => a.row - b.row) };
}

const verdictOf = (printed: number, printedRange: Interval, computed: Interval): Verdict => {
  if (Math.abs(printed - midpoint(computed)) < 1e-9 && computed.high - computed.low < 1e-9) return 'consistent';
  return overlaps(printedRange, computed) ? (printed === roundLike(midpoint(computed), printed) ? 'consistent' : 'rounding') : 'mismatch';
};

// Rounds `value` to the decimals `like` is printed with, to tell "equal as printed" from "within rounding".
const roundLike = (value: number, like: number): number => {
  const decimals = String(like).split('.')[1]?.length ?? 0;
  return Number(value.toFixed(decimals));
};

/**
 * Checks a printed table: every subtotal/total row against the sum of the rows that add up into
 * it (percentages are not summed), and every declared derived column against its formula.
 * Reports every check, consistent or not, so the page can show both numbers and the gap.
 */
export function checkRegionalTable(table: RegionalTableView, derived: readonly DerivedColumn[] = []): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const unitOf = new Map(table.measures.map((measure) => [measure.name, measure.unit]));

  for (const row of table.rows) {
    if (row.kind === 'area') continue;
    const children = table.rows.filter((candidate) => candidate.parent === row.area);
    for (const { name, unit } of table.measures) {
      const printed = row.cells[name];
      if (unit === '%' || printed === undefined) continue;
      const summed = children.filter((child) => child.cells[name] !== undefined);
      const values = summed.map((child) => child.cells[name]!);
      if (values.length === 0) continue;
      const sum = values.map((value) => printedInterval(value)).reduce(add);
      const exactSum = values.reduce((total, value) => total + value, 0);
      const printedRange = printedInterval(printed);
      const verdict = Math.abs(exactSum - printed) < 1e-9 ? 'consistent' : overlaps(printedRange, sum) ? 'rounding' : 'mismatch';
      findings.push({
        kind: 'total',
        table: table.id,
        area: row.area,
        measure: name,
        unit,
        printed,
        computed: Number(exactSum.toFixed(6)),
        gap: Number((printed - exactSum).toFixed(6)),
        verdict,
        basis: `${summed.map((child) => child.area).join('、')} ${values.length} 行之和`,
      });
    }
  }

  for (const column of derived.filter((candidate) => candidate.table === table.id)) {
    const formula = parseFormula(column.formula);
    for (const row of table.rows) {
      const printed = row.cells[column.measure];
      if (printed === undefined) continue;
      const inputs = new Map<string, FormulaInput>();
      for (const [name, value] of Object.entries(row.cells)) if (value !== undefined) inputs.set(name, { value, unit: unitOf.get(name) ?? '' });
      const computed = evaluateFormula(formula, inputs);
      if (!computed) continue;
      const unit = unitOf.get(column.measure) ?? '';
      const value = midpoint(computed);
      findings.push({
        kind: 'formula',
        table: table.id,
        area: row.area,
        measure: column.measure,
        unit,
        printed,
        computed: Number(value.toFixed(6)),
        gap: Number((printed - value).toFixed(6)),
        verdict: verdictOf(printed, printedInterval(printed), computed),
        basis: column.formula.replace(/[[\]]/gu, ''),
      });
    }
  }
  return findings;
}
