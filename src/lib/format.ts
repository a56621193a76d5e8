/** zh-CN formatting of dates and numbers for display. Dates are ISO strings, read as calendar dates (no time zone). */

/** `2022-09-14` → `2022年9月14日`. */
export function formatDateZh(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Year of an ISO date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

// Made on first use: creating it costs the browser about 20 ms, and pages that load this module for
// formatDateZh alone (the search page) never format a number.
let numberFormat: Intl.NumberFormat | undefined;

/** `127.53` → `127.53`, `39812` → `39,812`; with a unit: `127.53亩`, `60%`. */
export function formatQuantity(value: number, unit = ''): string {
  numberFormat ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  return `${numberFormat.format(value)}${unit}`;
}
