import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { normalizeForMatch } from '../text/normalize.ts';
import { spaceHan, type AnchorOffset } from './text.ts';

/** A page as the search index holds it. */
export interface SearchRecord {
  url: string;
  /** Page text, Han characters spaced (see {@link spaceHan}). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

// Text nodes give their text with entities decoded (`&amp;` → `&`).
const isText = (node: Node): boolean => node.nodeType === NodeType.TEXT_NODE;
const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;

const textOf = (element: HTMLElement): string => {
  // Skip what the page marks as not part of its searchable text (navigation, permalinks, notes).
  if (element.getAttribute('data-pagefind-ignore') !== undefined) return '';
  return element.childNodes.map((node) => (isText(node) ? node.text : isElement(node) ? textOf(node) : '')).join(' ');
};

/**
 * Builds the search record of one built page, or undefined if the page has no
 * `data-pagefind-body`. Clause anchors are recorded as offsets into the page's normalised text,
 * so a match can link to the clause that contains it. Search metadata comes from `data-search-*`
 * attributes on the body element.
 */
export function searchRecordOf(html: string, url: string): SearchRecord | undefined {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const anchors: AnchorOffset[] = [];
  let normalized = '';
  const walk = (element: HTMLElement) => {
    if (element.getAttribute('data-pagefind-ignore') !== undefined) return;
    if (element.classList?.contains('clause') && element.id) anchors.push({ offset: normalized.length, id: element.id });
    for (const node of element.childNodes) {
      if (isText(node)) normalized += normalizeForMatch(node.text);
      else if (isElement(node)) walk(node);
    }
  };
  walk(body);
  const text = textOf(body).replace(/\s+/gu, ' ').trim();
  const attribute = (name: string) => body.getAttribute(`data-search-${name}`) ?? '';
  const title = root.querySelector('h1')?.textContent.trim() ?? root.querySelector('title')?.textContent.trim() ?? url;
  const filters: Record<string, string[]> = { 类别: [attribute('kind') || '其他页面'] };
  for (const [key, name] of [['地区', 'region'], ['发文机关', 'issuer'], ['年份', 'year'], ['文种', 'doctype']] as const) {
    const values = attribute(name).split('|').filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return {
    url,
    content: spaceHan(text),
    meta: { title, docNumber: attribute('doc-number'), issuer: attribute('issuer').split('|')[0] ?? '', date: attribute('date'), anchors: JSON.stringify(anchors), normalizedLength: String(normalized.length) },
    filters,
    sort: { date: attribute('date') || '0000-00-00' },
  };
}
