import type { PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { findDocNumbers, normalizeDocNumber } from '../text/docnumber.ts';

/** Options: the notices published on this site, by normalised document number. */
export interface DocCitationOptions {
  /** Normalised document number → page path (including the site's base path). */
  publishedNotices: ReadonlyMap<string, string>;
}

/**
 * Remark plugin: marks every document number in the text. A number of a notice published on
 * the site becomes a link to it; any other becomes `<span class="cited-external">` titled
 * "cited, not published here". The printed characters are never changed.
 */
export function remarkDocCitations(options: DocCitationOptions) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: { docNumber?: unknown } } | undefined)?.frontmatter;
    const ownNumber = typeof frontmatter?.docNumber === 'string' ? normalizeDocNumber(frontmatter.docNumber) : undefined;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const matches = findDocNumbers(node.value);
      if (matches.length === 0) return;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        // The notice's own number (in its header) is not a citation.
        if (match.normalized === ownNumber) continue;
        if (match.index > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        const href = options.publishedNotices.get(match.normalized);
        const label: Text = { type: 'text', value: match.printed };
        if (href) {
          pieces.push({
            type: 'link',
            url: href,
            children: [label],
            data: { hProperties: { className: ['cited-notice'], 'data-doc-number': match.normalized } },
          });
        } else {
          pieces.push({
            type: 'emphasis',
            children: [label],
            data: {
              hName: 'span',
              hProperties: {
                className: ['cited-external'],
                title: '引用文件，本站未收录',
                'data-doc-number': match.normalized,
              },
            },
          });
        }
        cursor = match.index + match.printed.length;
      }
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
      return [SKIP, index + pieces.length];
    });
  };
}
