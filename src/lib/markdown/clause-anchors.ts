import type { Heading, Paragraph } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { assignClauseAnchors } from '../notices/clauses.ts';

/**
 * Markdown plugin: gives every numbered heading or paragraph of a notice a stable `id`
 * (see {@link assignClauseAnchors}), a `data-clause` label, and a trailing permalink
 * that readers can copy. Only top-level blocks are numbered, as in the printed documents.
 */
export const clauseAnchors = defineMdastPlugin({
  name: 'policy-site:clause-anchors',
  before(root, ctx) {
    const blocks = root.children.filter((node): node is Heading | Paragraph => node.type === 'heading' || node.type === 'paragraph');
    const anchors = assignClauseAnchors(blocks.map((node) => ({ text: ctx.textContent(node).trim(), isHeading: node.type === 'heading' })));
    anchors.forEach((anchor, position) => {
      const node = blocks[position];
      if (!anchor || !node) return;
      // `hProperties` become the HTML attributes of the element.
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, id: anchor.id, 'data-clause': anchor.label, className: ['clause'] } });
      ctx.appendChild(node, {
        type: 'link',
        url: `#${anchor.id}`,
        children: [{ type: 'text', value: '¶' }],
        data: { hProperties: { className: ['clause-link'], 'aria-label': `条款 ${anchor.label} 的链接`, 'data-pagefind-ignore': 'all' } },
      });
    });
  },
});
