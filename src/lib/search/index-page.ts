/**
 * Prepares a built HTML page for the exact-search index (build time, Node only; no Astro).
 *
 * The page is given to Pagefind as a modified copy (the file on disk is not changed):
 * - every element with an `id` inside the indexed part loses the `id` (so Pagefind does not copy the
 *   element's text into the fragment as an "anchor") and gets `ANCHOR_MARK` as its first
 *   character instead; the ids and their citation labels go into the `anchors` metadata, in order, so
 *   the browser can tell which clause a match is in from the marks in the fragment's text;
 * - every block element Pagefind would end with an invented full stop gets an invisible zero-width
 *   space as its last character instead, so the stored text is the page text and nothing else
 *   (other block elements get a space, which only separates words in excerpts);
 * - a hidden element carries the page's extra index words ({@link indexTokens}) as `grams` metadata.
 *
 * What counts as the page's searchable text follows Pagefind: the elements marked
 * `data-pagefind-body` (or the whole page when the site marks none), without elements marked
 * `data-pagefind-ignore` and without the elements Pagefind always drops ({@link REMOVED_TAGS}).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { ANCHOR_MARK, ANCHORS_FIELD, GRAMS_FIELD } from './index-format.ts';
import { normalizeSearchText } from './normalize.ts';
import { indexTokens } from './terms.ts';
/** Zero-width space: ends block elements so that Pagefind adds no full stop after them. */
const BLOCK_END = '\u200B';

/** Elements Pagefind never indexes. */
export const REMOVED_TAGS: ReadonlySet<string> = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements after which Pagefind adds a full stop when their text ends in a word character. */
const SENTENCE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
const BLOCK_TAGS: ReadonlySet<string> = new Set([...SENTENCE_TAGS, 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'th', 'caption', 'thead', 'tbody', 'tfoot', 'header', 'main', 'aside', 'figure', 'figcaption', 'blockquote', 'pre', 'br', 'hr']);
const HEADING = /^h[1-6]$/u;
const VOID_TAGS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A place a match can link to: an element with an id, and its citation label (may be empty). */
export interface PageAnchor {
  id: string;
  /** `data-clause` of the element (e.g. `三（一）2`), else a heading's text, else empty. */
  label: string;
}

/** A page ready for the index. */
export interface PreparedPage {
  /** The searchable text as it reads, block elements separated by spaces. */
  text: string;
  /** Elements with an id in the searchable part, in document order. */
  anchors: PageAnchor[];
  /** Extra index words of the page (see terms.ts). */
  tokens: string[];
  /** The modified HTML to give Pagefind. */
  html: string;
  /** `lang` of the page, lowercased, or undefined. */
  language: string | undefined;
}

/** Whether a page marks any part of itself with `data-pagefind-body`. */
export function hasSearchBody(html: string): boolean {
  return /\sdata-pagefind-body(?=[\s=>/])/u.test(html);
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
  /** Among insertions at the same offset, lower comes first in the output. */
  order: number;
}

const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;
const tagOf = (element: HTMLElement) => (element.rawTagName ?? '').toLowerCase();

/** Offset just after the start tag of an element that starts at `start`. */
function startTagEnd(html: string, start: number): number {
  let quote = '';
  for (let at = start + 1; at < html.length; at += 1) {
    const char = html[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at + 1;
  }
  return html.length;
}

/** Offset of the end tag of an element, or undefined when its end tag is implied. */
function endTagStart(html: string, element: HTMLElement): number | undefined {
  const closing = `</${element.rawTagName}>`;
  const at = element.range[1] - closing.length;
  return at >= element.range[0] && html.slice(at, element.range[1]).toLowerCase() === closing.toLowerCase() ? at : undefined;
}

/**
 * Applies edits (given in offsets of the original `html`) in one pass. At one offset, edits go in
 * ascending `order`. One pass matters: slicing the whole page once per edit is quadratic, and a
 * task list of a thousand notices has tens of thousands of edits.
 */
function applyEdits(html: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.order - b.order);
  const output: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.at > cursor) output.push(html.slice(cursor, edit.at));
    output.push(edit.insert);
    cursor = Math.max(cursor, edit.at + edit.remove);
  }
  output.push(html.slice(cursor));
  return output.join('');
}

const escapeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * Prepares one built page. Returns undefined for a page that is not indexed: one without
 * `data-pagefind-body` when `bodyRequired` (Pagefind's rule once any page of a site has it).
 */
export function preparePage(html: string, bodyRequired: boolean): PreparedPage | undefined {
  const document = parse(html, { comment: false });
  const htmlElement = document.querySelector('html');
  const language = htmlElement?.getAttribute('lang')?.toLowerCase();
  const marked = document.querySelectorAll('[data-pagefind-body]');
  // Outermost marked elements only.
  const roots = marked.filter((element) => !marked.some((other) => other !== element && other.range[0] <= element.range[0] && element.range[1] <= other.range[1]));
  if (roots.length === 0) {
    if (bodyRequired) return undefined;
    roots.push(htmlElement ?? document);
  }

  const pieces: string[] = [];
  const anchors: PageAnchor[] = [];
  const edits: Edit[] = [];

  const visit = (node: Node, isRoot: boolean) => {
    if (!isElement(node)) {
      if (node.nodeType === 3) pieces.push(node.text);
      return;
    }
    const tag = tagOf(node);
    if (!isRoot && (REMOVED_TAGS.has(tag) || node.hasAttribute('data-pagefind-ignore'))) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) pieces.push(' ');
    const id = node.getAttribute('id');
    let anchor: PageAnchor | undefined;
    const firstPiece = pieces.length;
    if (!isRoot && id !== undefined && !VOID_TAGS.has(tag)) {
      anchor = { id, label: node.getAttribute('data-clause') ?? '' };
      anchors.push(anchor);
      pieces.push(ANCHOR_MARK);
      const tagEnd = startTagEnd(html, node.range[0]);
      edits.push({ at: tagEnd, remove: 0, insert: ANCHOR_MARK, order: 1 });
      const idAttribute = /\sid\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/iu.exec(html.slice(node.range[0], tagEnd));
      if (idAttribute) edits.push({ at: node.range[0] + idAttribute.index, remove: idAttribute[0].length, insert: '', order: 0 });
    }
    for (const child of node.childNodes) visit(child, false);
    // A heading without a citation label is cited by its (indexed) text.
    if (anchor && anchor.label === '' && HEADING.test(tag)) anchor.label = pieces.slice(firstPiece).join('').split(ANCHOR_MARK).join('').replace(/\s+/gu, ' ').trim().slice(0, 40);
    if (block) {
      // Sentence blocks end with a zero-width space (no invented full stop); other blocks with a
      // space, so that excerpts do not run cells and list terms together.
      const end = endTagStart(html, node);
      if (end !== undefined) edits.push({ at: end, remove: 0, insert: SENTENCE_TAGS.has(tag) ? BLOCK_END : ' ', order: 2 });
    }
    if (block) pieces.push(' ');
  };
  for (const root of roots) visit(root, true);

  // Clause marks are not text: a query can run across the start of a clause.
  const text = pieces.join('').split(ANCHOR_MARK).join('').replace(/\s+/gu, ' ').trim();
  const tokens = indexTokens(normalizeSearchText(text));
  const firstRoot = roots[0]!;
  const metaAt = firstRoot === document ? html.length : (endTagStart(html, firstRoot) ?? firstRoot.range[1]);
  const meta = `<span data-pagefind-ignore data-pagefind-meta="${GRAMS_FIELD}[data-grams], ${ANCHORS_FIELD}[data-anchors]" data-grams="${escapeAttribute(tokens.join(' '))}" data-anchors="${escapeAttribute(JSON.stringify(anchors.map(({ id, label }) => [id, label])))}"></span>`;
  edits.push({ at: metaAt, remove: 0, insert: meta, order: 3 });

  return { text, anchors, tokens, html: applyEdits(html, edits), language };
}
