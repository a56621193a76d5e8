import type { Heading, Link, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { assignClauseAnchors, type DocumentBlock } from '../notices/clauses.ts';

type Block = Heading | Paragraph;

/**
 * Remark plugin: gives every numbered heading or paragraph of a notice a stable `id`
 * (see {@link assignClauseAnchors}), a `data-clause` label, and a trailing permalink
 * that readers can copy. Only top-level blocks are numbered, as in the printed documents.
 */
export function remarkClauseAnchors() {
  return (tree: Root) => {
    const blocks: Block[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading' || node.type === 'paragraph') blocks.push(node);
    }
    const documentBlocks: DocumentBlock[] = blocks.map((node) => ({
      text: toString(node).trim(),
      isHeading: node.type === 'heading',
    }));
    const anchors = assignClauseAnchors(documentBlocks);
    anchors.forEach((anchor, position) => {
      const node = blocks[position];
      if (!anchor || !node) return;
      // `hProperties` become the HTML attributes of the element (mdast-util-to-hast).
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: anchor.id, 'data-clause': anchor.label, className: ['clause'] };
      const permalink: Link = {
        type: 'link',
        url: `#${anchor.id}`,
        children: [{ type: 'text', value: '¶' }],
        data: {
          hProperties: {
            className: ['clause-link'],
            'aria-label': `条款 ${anchor.label} 的链接`,
            'data-pagefind-ignore': 'all',
          },
        },
      };
      node.children.push(permalink);
    });
  };
}
