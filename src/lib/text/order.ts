/**
 * Orders for sorting, shared so that a sort builds nothing per comparison: `localeCompare` with a
 * locale or options makes a new collator on every call, and the pages sort the tasks, units and
 * people of a thousand notices. Sort with these, not with `localeCompare(x, locale)`.
 */

const numericCollator = new Intl.Collator('en', { numeric: true });
const chineseCollator = new Intl.Collator('zh-CN');

/** Orders ids as people read the numbers in them: `t2` before `t10`. */
export function compareIds(a: string, b: string): number {
  return numericCollator.compare(a, b);
}

/** Orders ISO dates (and other fixed-width ASCII keys) by their characters. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders Chinese names as readers look them up (pinyin): 安泽县 before 临汾市. The same order as `a.localeCompare(b, 'zh-CN')`. */
export function compareZh(a: string, b: string): number {
  return chineseCollator.compare(a, b);
}
