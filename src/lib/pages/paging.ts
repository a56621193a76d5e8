/**
 * Splitting lists that grow with the archive (tasks, appointments, memberships, notices) into static
 * parts of bounded size. A list is given oldest first; parts are numbered from the oldest, filled in
 * order, and a group of rows (a notice's tasks) is never split across parts. A part is complete once
 * a later one exists, so the URL of part n keeps its rows as newer notices arrive (only a notice
 * added with an earlier date than the newest one moves rows between parts).
 */

/**
 * Rows per part: with the largest rows (a task row, about 0.9 KB of HTML) a part stays under 0.5 MB
 * raw and, even for rows that do not repeat each other, well under 150 KB gzip. `SITE_PART_ROWS`
 * sets another budget (tests build small corpora with a small one).
 */
export const DEFAULT_PART_ROWS = 500;

/** The budget in rows per part: `SITE_PART_ROWS` if it is a positive integer, else DEFAULT_PART_ROWS. */
export function partRows(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env['SITE_PART_ROWS']);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_PART_ROWS;
}

/** One part of a split list. */
export interface Part<T> {
  /** 1 for the oldest rows. */
  number: number;
  items: T[];
}

/**
 * Splits `items` (oldest first) into parts of at most `budget` rows, never splitting a run of items
 * with the same `groupOf` key; a group larger than the budget gets a part of its own. Without
 * `groupOf` every item is its own group. An empty list gives no parts.
 */
export function splitIntoParts<T>(items: readonly T[], budget: number, groupOf?: (item: T) => string): Array<Part<T>> {
  if (!(budget >= 1)) throw new RangeError(`a part needs room for at least one row, not ${budget}`);
  const groups: T[][] = [];
  let previous: string | undefined;
  items.forEach((item, index) => {
    const key = groupOf ? groupOf(item) : String(index);
    if (groups.length === 0 || key !== previous) groups.push([]);
    groups.at(-1)!.push(item);
    previous = key;
  });
  const parts: Array<Part<T>> = [];
  for (const group of groups) {
    const last = parts.at(-1);
    if (last && last.items.length + group.length <= budget) last.items.push(...group);
    else parts.push({ number: parts.length + 1, items: [...group] });
  }
  return parts;
}

/** Whether a list of `count` rows needs splitting under `budget`. */
export function needsSplit(count: number, budget: number): boolean {
  return count > budget;
}

/** `第 2 部分（共 5 部分）`. */
export function partOfLabel(number: number, total: number): string {
  return `第 ${number} 部分（共 ${total} 部分）`;
}

/** A date range for a part's label: `2021年5月7日—2023年9月28日`, or one date. */
export function rangeLabel(first: string, last: string, format: (value: string) => string): string {
  return first === last ? format(first) : `${format(first)}—${format(last)}`;
}
