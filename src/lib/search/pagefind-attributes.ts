/**
 * Pagefind's attribute syntax for `data-pagefind-meta`, `data-pagefind-filter` and
 * `data-pagefind-sort`, so that the index builder can read a page's metadata and filters as
 * Pagefind would (it gives Pagefind records, not HTML). Pure functions.
 *
 * An attribute holds comma-separated items: `key` (the element's text), `key[attr]` (the value of
 * another attribute of the same element) or `key:literal` (everything after the first colon, commas
 * included, is the value), for example `docNumber[data-doc], kind:文件`.
 */

/** One item of a Pagefind attribute: a key with its value, or `text: true` for "the element's text". */
export type PagefindItem = { key: string; value: string } | { key: string; text: true };

const ATTRIBUTE_ITEM = /^\s*([^:[\]]+)\[(.+)\]\s*$/u;

/** Pagefind's whitespace rule for values: line breaks at the ends dropped, runs of spaces made one. */
export function normalizeValue(value: string): string {
  return value
    .replace(/^[\r\n]+|[\r\n]+$/gu, '')
    .replace(/[\r\n]+/gu, ' ')
    .replace(/\s{2,}/gu, ' ');
}

/**
 * The items of a Pagefind attribute value, as Pagefind reads them.
 * @param attribute the attribute's value, e.g. `issuer[data-issuer], year[data-year]`
 * @param attributeOf the other attributes of the element
 */
export function pagefindItems(attribute: string, attributeOf: (name: string) => string | undefined): PagefindItem[] {
  const colon = attribute.indexOf(':');
  if (colon >= 0) {
    // Everything after the first colon is the literal value of the last item before it.
    const items = pagefindItems(attribute.slice(0, colon), attributeOf);
    const last = items.pop();
    if (last === undefined) return [];
    const literal = attribute.slice(colon + 1);
    return [...items, { key: last.key, value: normalizeValue('text' in last ? literal : `${last.value}:${literal}`) }];
  }
  return attribute.split(',').flatMap((chunk): PagefindItem[] => {
    const match = ATTRIBUTE_ITEM.exec(chunk);
    if (match) return [{ key: match[1]!, value: normalizeValue(attributeOf(match[2]!) ?? '') }];
    const key = chunk.trim();
    return key === '' ? [] : [{ key, text: true }];
  });
}
