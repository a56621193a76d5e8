import { add, divide, multiply, printedInterval, subtract, type Interval } from './interval.ts';

/**
 * A tiny formula language for derived columns of printed tables:
 * column names in square brackets, numbers, + - * / and parentheses.
 * `[未供面积] * [下达任务率]` — a percentage column is used as a fraction (60 % → 0.6).
 */
export type Formula =
  { kind: 'column'; name: string } | { kind: 'number'; value: number } | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

/** Parses a formula; throws an Error with a Chinese message and the offending position. */
export function parseFormula(source: string): Formula {
  let position = 0;
  const skip = () => {
    while (source[position] === ' ') position += 1;
  };
  const fail = (what: string): never => {
    throw new Error(`公式“${source}”第 ${position + 1} 个字符处${what}`);
  };
  const primary = (): Formula => {
    skip();
    const char = source[position];
    if (char === '[') {
      const end = source.indexOf(']', position);
      if (end === -1) fail('缺少 ]');
      const name = source.slice(position + 1, end).trim();
      position = end + 1;
      return { kind: 'column', name };
    }
    if (char === '(') {
      position += 1;
      const inner = sum();
      skip();
      if (source[position] !== ')') fail('缺少 )');
      position += 1;
      return inner;
    }
    const number = /^\d+(?:\.\d+)?/u.exec(source.slice(position));
    if (number) {
      position += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    return fail('应为 [列名]、数字或 (');
  };
  const product = (): Formula => {
    let left = primary();
    for (skip(); source[position] === '*' || source[position] === '/'; skip()) {
      const operator = source[position] as '*' | '/';
      position += 1;
      left = { kind: 'binary', operator, left, right: primary() };
    }
    return left;
  };
  const sum = (): Formula => {
    let left = product();
    for (skip(); source[position] === '+' || source[position] === '-'; skip()) {
      const operator = source[position] as '+' | '-';
      position += 1;
      left = { kind: 'binary', operator, left, right: product() };
    }
    return left;
  };
  const formula = sum();
  skip();
  if (position < source.length) fail('有多余的内容');
  return formula;
}

/** Column names a formula uses. */
export function formulaColumns(formula: Formula): string[] {
  if (formula.kind === 'column') return [formula.name];
  if (formula.kind === 'number') return [];
  return [...formulaColumns(formula.left), ...formulaColumns(formula.right)];
}

/** A printed cell as a formula input. */
export interface FormulaInput {
  value: number;
  unit: string;
}

/**
 * Evaluates a formula over printed cells as intervals (each figure ± half its last digit;
 * percentages are declared rates, exact, used as fractions). Undefined if a cell is missing
 * or a divisor may be zero.
 */
export function evaluateFormula(formula: Formula, cells: ReadonlyMap<string, FormulaInput>): Interval | undefined {
  switch (formula.kind) {
    case 'number':
      return { low: formula.value, high: formula.value };
    case 'column': {
      const cell = cells.get(formula.name);
      if (!cell) return undefined;
      return cell.unit === '%' ? { low: cell.value / 100, high: cell.value / 100 } : printedInterval(cell.value);
    }
    case 'binary': {
      const left = evaluateFormula(formula.left, cells);
      const right = evaluateFormula(formula.right, cells);
      if (!left || !right) return undefined;
      if (formula.operator === '+') return add(left, right);
      if (formula.operator === '-') return subtract(left, right);
      if (formula.operator === '*') return multiply(left, right);
      return divide(left, right);
    }
  }
}
