import type { Heading, Paragraph } from 'mdast';
import GithubSlugger from 'github-slugger';
import { defineMdastPlugin } from 'satteri';
import { assignClauseAnchors, headingId } from '../notices/clauses.ts';

/**
 * Markdown plugin: gives every numbered heading or paragraph of a notice a stable `id`
 * (see {@link assignClauseAnchors}), a `data-clause` label, and a trailing permalink
 * that readers can copy. Only top-level blocks are numbered, as in the printed documents.
 * A heading without a number gets a short id ({@link headingId}) and, as `data-legacy-id`, its text
 * slugged as Astro slugs heading ids, which the notice page's script maps to the short id so that
 * links to a heading by its text still land on it.
 */
export const clauseAnchors = defineMdastPlugin({
  name: 'policy-site:clause-anchors',
  before(root, ctx) {
    const blocks = root.children.filter((node): node is Heading | Paragraph => node.type === 'heading' || node.type === 'paragraph');
    const texts = blocks.map((node) => ctx.textContent(node).trim());
    const anchors = assignClauseAnchors(blocks.map((node, position) => ({ text: texts[position] ?? '', isHeading: node.type === 'heading' })));
    const used = new Set(anchors.flatMap((anchor) => (anchor ? [anchor.id] : [])));
    // Astro's own heading ids: github-slugger over the headings that have no id, in order.
    const legacySlugger = new GithubSlugger();
    anchors.forEach((anchor, position) => {
      const node = blocks[position];
      if (!node) return;
      if (!anchor) {
        if (node.type !== 'heading') return;
        const text = texts[position] ?? '';
        let id = headingId(text);
        for (let suffix = 1; used.has(id); suffix += 1) id = `${headingId(text)}-${String.fromCharCode(97 + suffix)}`;
        used.add(id);
        const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
        ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, id, 'data-legacy-id': legacySlugger.slug(ctx.textContent(node)) } });
        return;
      }
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
