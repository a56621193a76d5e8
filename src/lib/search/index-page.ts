/**
 * Turns a built HTML page into the record the exact-search index stores for it (build time, Node
 * only; no Astro). The index builder gives Pagefind these records instead of the HTML, so that the
 * stored text is exactly the page text and Pagefind has no HTML to parse again.
 *
 * What counts as the page's searchable text follows Pagefind: the elements marked
 * `data-pagefind-body` (or the whole page when the site marks none), without elements marked
 * `data-pagefind-ignore` and without the elements Pagefind always drops ({@link REMOVED_TAGS}).
 * Block elements are separated by a space, so that excerpts do not run cells and list items
 * together. Every element with an `id` inside the searchable part starts with `ANCHOR_MARK` in the
 * stored content, and its id and citation label go into the `anchors`, in order, so that the
 * browser can tell which clause a match is in. Metadata, filters and sort keys are read from the
 * `data-pagefind-meta`, `-filter` and `-sort` attributes anywhere on the page, as Pagefind reads them.
 */
import { Parser } from 'htmlparser2';
import { ANCHOR_MARK } from './index-format.ts';
import { normalizeSearchText } from './normalize.ts';
import { normalizeValue, pagefindItems, type PagefindItem } from './pagefind-attributes.ts';
import { indexTokens } from './terms.ts';

/** Elements Pagefind never indexes. */
export const REMOVED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'td',
  'div',
  'ul',
  'li',
  'article',
  'section',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'th',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'header',
  'main',
  'aside',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'br',
  'hr',
]);
const HEADING = /^h[1-6]$/u;
const VOID_TAGS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Attributes with Pagefind items, and where their values go. */
const PAGEFIND_ATTRIBUTES = [
  ['data-pagefind-meta', 'meta'],
  ['data-pagefind-filter', 'filters'],
  ['data-pagefind-sort', 'sort'],
] as const;
/** Elements whose content is not text. */
const RAW_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template']);

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
  /** The text to store: `text` with `ANCHOR_MARK` at the start of every element in `anchors`. */
  content: string;
  /** Elements with an id in the searchable part, in document order. */
  anchors: PageAnchor[];
  /** Extra index words of the page (see terms.ts). */
  tokens: string[];
  /** Metadata: `data-pagefind-meta` values, and `title` (else the first `h1` of the text, else `<title>`). */
  meta: Record<string, string>;
  /** `data-pagefind-filter` values, each key's values distinct and in page order. */
  filters: Record<string, string[]>;
  /** `data-pagefind-sort` values. */
  sort: Record<string, string>;
  /** `lang` of the page, lowercased, or undefined. */
  language: string | undefined;
}

/** Whether a page marks any part of itself with `data-pagefind-body`. */
export function hasSearchBody(html: string): boolean {
  return /\sdata-pagefind-body(?=[\s=>/])/u.test(html);
}

/** An open element, as far as the record needs it. */
interface OpenElement {
  tag: string;
  /** Inside the searchable part, and not ignored. */
  searchable: boolean;
  /** The element starts the searchable part (a marked body, or the whole page). */
  root: boolean;
  /** The element is a root or inside one (ignored or not). */
  inRoot: boolean;
  /** Index into `pieces` where the element's text starts. */
  firstPiece: number;
  anchor: PageAnchor | undefined;
  /** Items that take the element's text, and where to put them. */
  textItems: Array<{ item: PagefindItem; into: 'meta' | 'filters' | 'sort' }>;
  /** All text inside the element (for `textItems`, the auto title and `<title>`). */
  ownText: string[] | undefined;
}

/**
 * Prepares one built page. Returns undefined for a page that is not indexed: one without
 * `data-pagefind-body` when `bodyRequired` (Pagefind's rule once any page of a site has it).
 */
export function preparePage(html: string, bodyRequired: boolean): PreparedPage | undefined {
  const marked = hasSearchBody(html);
  if (!marked && bodyRequired) return undefined;

  const pieces: string[] = [];
  const anchors: PageAnchor[] = [];
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  const sort: Record<string, string> = {};
  let language: string | undefined;
  let firstHeading: string | undefined;
  let pageTitle: string | undefined;
  const stack: OpenElement[] = [];
  // Open elements that collect their text; text goes to each of them.
  const collecting = new Set<OpenElement>();

  const put = (into: 'meta' | 'filters' | 'sort', key: string, value: string) => {
    if (into === 'meta') meta[key] = value;
    else if (into === 'sort') sort[key] = value;
    else {
      const values = (filters[key] ??= []);
      if (!values.includes(value)) values.push(value);
    }
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const parent = stack.at(-1);
        if (tag === 'html') language ??= attributes['lang']?.toLowerCase();
        const ignored = REMOVED_TAGS.has(tag) || 'data-pagefind-ignore' in attributes;
        // The outermost marked elements, or the whole page when it marks none.
        const root = marked ? !(parent?.inRoot ?? false) && 'data-pagefind-body' in attributes : parent === undefined;
        const searchable = root || ((parent?.searchable ?? false) && !ignored);
        const element: OpenElement = {
          tag,
          searchable,
          root,
          inRoot: root || (parent?.inRoot ?? false),
          firstPiece: pieces.length,
          anchor: undefined,
          textItems: [],
          ownText: undefined,
        };
        // Pagefind reads metadata and filters on every element, ignored ones included.
        for (const [name, into] of PAGEFIND_ATTRIBUTES) {
          const attribute = attributes[name];
          if (attribute === undefined) continue;
          for (const item of pagefindItems(attribute, (other) => attributes[other])) {
            if ('text' in item) element.textItems.push({ item, into });
            else put(into, item.key, item.value);
          }
        }
        if (searchable && BLOCK_TAGS.has(tag)) pieces.push(' ');
        const id = attributes['id'];
        if (searchable && !root && id !== undefined && !VOID_TAGS.has(tag)) {
          element.anchor = { id, label: attributes['data-clause'] ?? '' };
          anchors.push(element.anchor);
          pieces.push(ANCHOR_MARK);
        }
        if (element.textItems.length > 0 || tag === 'title' || (tag === 'h1' && searchable && firstHeading === undefined)) {
          element.ownText = [];
          collecting.add(element);
        }
        stack.push(element);
      },
      ontext(text) {
        const element = stack.at(-1);
        if (element && RAW_TAGS.has(element.tag)) return;
        if (element?.searchable) pieces.push(text);
        for (const open of collecting) open.ownText!.push(text);
      },
      onclosetag(tag) {
        const element = stack.pop();
        if (!element || element.tag !== tag) throw new Error(`Unbalanced HTML: </${tag}> closes <${element?.tag}>.`);
        // A heading without a citation label is cited by its (searchable) text.
        if (element.anchor && element.anchor.label === '' && HEADING.test(tag)) {
          element.anchor.label = pieces.slice(element.firstPiece).join('').split(ANCHOR_MARK).join('').replace(/\s+/gu, ' ').trim().slice(0, 40);
        }
        if (element.searchable && BLOCK_TAGS.has(tag)) pieces.push(' ');
        if (element.ownText) {
          collecting.delete(element);
          const text = normalizeValue(element.ownText.join(''));
          for (const { item, into } of element.textItems) if (text !== '') put(into, item.key, text);
          if (tag === 'title') pageTitle ??= text.trim();
          else if (tag === 'h1' && element.searchable && text.trim() !== '') firstHeading ??= text.trim();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const title = meta['title'] ?? firstHeading ?? pageTitle;
  if (title !== undefined) meta['title'] = title;
  const content = pieces.join('').replace(/\s+/gu, ' ').trim();
  // Clause marks are not text: a query can run across the start of a clause.
  const text = content.split(ANCHOR_MARK).join('').replace(/\s+/gu, ' ').trim();
  return { text, content, anchors, tokens: indexTokens(normalizeSearchText(text)), meta, filters, sort, language };
}
