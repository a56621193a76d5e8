/**
 * Column types of the CSV tables and how a cell of each type is read.
 * Each reader returns the typed value or a plain-language reason (Chinese and English).
 */

/** The kinds of column a table can declare. */
export type ColumnType = 'text' | 'id' | 'date' | 'number' | 'integer' | 'boolean' | 'enum' | 'list';

/** Declaration of one column. */
export interface ColumnSpec {
  /** Header name, as it must appear in the first row. */
  readonly name: string;
  readonly type: ColumnType;
  /** Whether every row must have a value. */
  readonly required: boolean;
  /** Meaning of the column, in Chinese, for staff (shown in the README, data page and datapackage.json). */
  readonly description: string;
  /** Allowed values of an `enum` column. */
  readonly values?: readonly string[];
}

/** TypeScript type of a column's value. */
export type ColumnValue<C extends ColumnSpec> = C['type'] extends 'number' | 'integer'
  ? number
  : C['type'] extends 'boolean'
    ? boolean
    : C['type'] extends 'list'
      ? string[]
      : C['type'] extends 'enum'
        ? C['values'] extends readonly (infer V)[] ? V : string
        : string;

/** Outcome of reading one cell. */
export type CellResult = { ok: true; value: unknown } | { ok: false; message: string; messageEn: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string, messageEn: string): CellResult => ({ ok: false, message, messageEn });

/** Separator of lists inside a cell; the notices separate units with 、 too. */
export const LIST_SEPARATOR = '、';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Reads an ISO date, explaining the common ways staff write dates that are not one. */
export function readDate(raw: string): CellResult {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return ok(raw);
    return fail(`“${raw}”不是存在的日期（${month}月没有${day}日，或月份超出 1–12）。`, `"${raw}" is not a real date (no day ${day} in month ${month}, or the month is not 1–12).`);
  }
  if (/^\d{4}[/.年]\d{1,2}[/.月]\d{1,2}日?$/u.test(raw)) {
    const parts = raw.split(/[^\d]+/u).filter(Boolean).map(Number);
    const [year = 0, month = 0, day = 0] = parts;
    const real = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    const hint = real ? `请写成 ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '而且这个日期不存在';
    return fail(`日期“${raw}”格式不对：日期一律写成 年-月-日，例如 2022-09-15；${hint}。`, `Date "${raw}" is not in YYYY-MM-DD form (e.g. 2022-09-15)${real ? '' : ', and it is not a real date'}.`);
  }
  if (/月|日|底|前/u.test(raw) && !/\d{4}/u.test(raw)) {
    return fail(`日期“${raw}”没有年份，无法确定是哪一天：请写成 年-月-日，例如 2022-09-15，原文写法可放在 *_text 列。`, `Date "${raw}" has no year, so it is ambiguous: write YYYY-MM-DD, e.g. 2022-09-15; keep the printed words in the *_text column.`);
  }
  return fail(`“${raw}”不是日期：请写成 年-月-日，例如 2022-09-15。`, `"${raw}" is not a date: write YYYY-MM-DD, e.g. 2022-09-15.`);
}

/** Reads a plain decimal number; units, thousands separators and words are refused. */
export function readNumber(raw: string, integer = false): CellResult {
  const pattern = integer ? /^-?\d+$/u : /^-?\d+(?:\.\d+)?$/u;
  if (pattern.test(raw)) return ok(Number(raw));
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(raw)) {
    return fail(`“${raw}”含千位分隔符：请去掉逗号，写成 ${raw.replace(/,/gu, '')}。`, `"${raw}" has thousands separators: write ${raw.replace(/,/gu, '')}.`);
  }
  if (/\d/u.test(raw)) {
    return fail(`“${raw}”不是${integer ? '整数' : '数字'}：这一列只能填数字（如 48.2），单位、“约”“以上”等文字请写在其他列或备注中。`, `"${raw}" is not ${integer ? 'a whole number' : 'a number'}: this column takes digits only (e.g. 48.2); put units and words such as 约 or 以上 in other columns or the note.`);
  }
  return fail(`“${raw}”不是${integer ? '整数' : '数字'}。`, `"${raw}" is not ${integer ? 'a whole number' : 'a number'}.`);
}

/**
 * A unit of measure as the tables keep it: the full-width ％ (and the small ﹪) that a Chinese input
 * method types is the percent sign, so it gets the percentage checks and charts like `%`.
 */
function normalizeUnit(raw: string): string {
  return raw.normalize('NFKC') === '%' ? '%' : raw;
}

const TRUE_WORDS = new Set(['true', '是', 'TRUE', 'True']);
const FALSE_WORDS = new Set(['false', '否', 'FALSE', 'False']);

/**
 * Reads one non-empty cell according to its column.
 * @param raw the cell with surrounding whitespace removed; never empty.
 */
export function readCell(column: ColumnSpec, raw: string): CellResult {
  switch (column.type) {
    case 'text':
      // Every table calls its unit-of-measure column `unit`.
      return ok(column.name === 'unit' ? normalizeUnit(raw) : raw);
    case 'id':
      return ID_PATTERN.test(raw)
        ? ok(raw)
        : fail(`编号“${raw}”只能用小写英文字母、数字和连字符 -（例如 anze-2022-50-t01）。`, `Id "${raw}" may contain only lower-case letters, digits and hyphens (e.g. anze-2022-50-t01).`);
    case 'date':
      return readDate(raw);
    case 'number':
      return readNumber(raw);
    case 'integer':
      return readNumber(raw, true);
    case 'boolean':
      if (TRUE_WORDS.has(raw)) return ok(true);
      if (FALSE_WORDS.has(raw)) return ok(false);
      return fail(`“${raw}”应为 true 或 false（是/否）。`, `"${raw}" must be true or false.`);
    case 'enum':
      return column.values?.includes(raw)
        ? ok(raw)
        : fail(`“${raw}”不是允许的值，只能是：${column.values?.join('、')}。`, `"${raw}" is not allowed; use one of: ${column.values?.join(', ')}.`);
    case 'list':
      return ok(raw.split(/[、|]/u).map((item) => item.trim()).filter((item) => item !== ''));
  }
}
