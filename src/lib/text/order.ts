/**
 * Orders for sorting, shared so that a sort builds nothing per comparison: `localeCompare` with a
 * locale or options makes a new collator on every call, which made sorting the tasks of a thousand
 * notices take seconds.
 */

const numericCollator = new Intl.Collator('en', { numeric: true });

/** Orders ids as people read the numbers in them: `t2` before `t10`. */
export function compareIds(a: string, b: string): number {
  return numericCollator.compare(a, b);
}

/** Orders ISO dates (and other fixed-width ASCII keys) by their characters. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
