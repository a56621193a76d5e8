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

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** `127.53` → `127.53`, `39812` → `39,812`; with a unit: `127.53亩`, `60%`. */
export function formatQuantity(value: number, unit = ''): string {
  return `${numberFormat.format(value)}${unit}`;
}
