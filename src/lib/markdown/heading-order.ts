import type { Heading } from 'mdast';
import { defineMdastPlugin } from 'satteri';

/**
 * Markdown plugin: keeps the body's headings from skipping levels under the page's `h1`.
 * The first heading becomes level 2 at most, and no heading is more than one level deeper
 * than the one before it (a notice whose extract has no plan title starts at `一、`).
 * Relative structure is kept; only the numbers change.
 */
export const headingOrder = defineMdastPlugin({
  name: 'policy-site:heading-order',
  before(root, ctx) {
    let previous = 1;
    const shift = new Map<number, number>();
    for (const node of root.children) {
      if (node.type !== 'heading') continue;
      // A heading at or above a level seen before goes back to where that level was placed.
      for (const level of [...shift.keys()]) if (level > node.depth) shift.delete(level);
      const placed = shift.get(node.depth) ?? Math.min(node.depth, previous + 1);
      shift.set(node.depth, placed);
      const depth = Math.max(2, Math.min(6, placed)) as Heading['depth'];
      if (depth !== node.depth) ctx.setProperty(node, 'depth', depth);
      previous = depth;
    }
  },
});
