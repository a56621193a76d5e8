import type { Nodes as MdastNode, PhrasingContent, Text } from 'mdast';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { findDocNumbers, knownDocNumber, normalizeDocNumber } from '../text/docnumber.ts';

/** Options: the notices published on this site, by normalised document number. */
export interface DocCitationOptions {
  /** Normalised document number → page path (including the site's base path). */
  publishedNotices: ReadonlyMap<string, string>;
}

/**
 * Markdown plugin: marks every document number in the text. A number of a notice published on
 * the site becomes a link to it; any other becomes `<span class="cited-external">` titled
 * "cited, not published here". The printed characters are never changed.
 */
export function docCitations(options: DocCitationOptions) {
  return defineMdastPlugin({
    name: 'policy-site:doc-citations',
    // One pass from the root rather than a visitor per text node: a visitor is called from the
    // parser for every text node of every notice, and only blocks with 号 can hold a number.
    before(root, ctx) {
      const frontmatter = (ctx.data['astro'] as { frontmatter?: { docNumber?: unknown } } | undefined)?.frontmatter;
      const ownNumber = typeof frontmatter?.docNumber === 'string' ? normalizeDocNumber(frontmatter.docNumber) : undefined;
      const visit = (node: Readonly<MdastNode>) => {
        if (node.type === 'text') citeIn(node, ctx, options, ownNumber);
        // Text inside a link is not made a second link.
        else if ('children' in node && node.type !== 'link') for (const child of node.children as ReadonlyArray<Readonly<MdastNode>>) visit(child);
      };
      for (const block of root.children) if (ctx.textContent(block).includes('号')) visit(block);
    },
  });
}

/** Marks the document numbers in one text node (see {@link docCitations}). */
function citeIn(node: Readonly<Text>, ctx: MdastVisitorContext, options: DocCitationOptions, ownNumber: string | undefined): void {
  const matches = findDocNumbers(node.value);
  if (matches.length === 0) return;
  const pieces: PhrasingContent[] = [];
  let cursor = 0;
  const isKnown = (normalized: string) => normalized === ownNumber || options.publishedNotices.has(normalized);
  for (const found of matches) {
    const match = knownDocNumber(found, isKnown);
    // The notice's own number (in its header) is not a citation.
    if (match.normalized === ownNumber) continue;
    if (match.index > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, match.index) });
    const href = options.publishedNotices.get(match.normalized);
    const children: PhrasingContent[] = [{ type: 'text', value: match.printed }];
    pieces.push(
      href
        ? { type: 'link', url: href, children, data: { hProperties: { className: ['cited-notice'], 'data-doc-number': match.normalized } } }
        : {
            type: 'emphasis',
            children,
            data: { hName: 'span', hProperties: { className: ['cited-external'], title: '引用文件，本站未收录', 'data-doc-number': match.normalized } },
          },
    );
    cursor = match.index + match.printed.length;
  }
  if (cursor === 0) return;
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  ctx.replaceNode(node, pieces);
}
