import type { Heading, Root } from 'mdast';

/**
 * Remark plugin: keeps the body's headings from skipping levels under the page's `h1`.
 * The first heading becomes level 2 at most, and no heading is more than one level deeper
 * than the one before it (a notice whose extract has no plan title starts at `一、`).
 * Relative structure is kept; only the numbers change.
 */
export function remarkHeadingOrder() {
  return (tree: Root) => {
    let previous = 1;
    const shift = new Map<number, number>();
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const heading = node as Heading;
      // A heading at or above a level seen before goes back to where that level was placed.
      for (const level of [...shift.keys()]) if (level > heading.depth) shift.delete(level);
      const placed = shift.get(heading.depth) ?? Math.min(heading.depth, previous + 1);
      shift.set(heading.depth, placed);
      heading.depth = Math.max(2, Math.min(6, placed)) as Heading['depth'];
      previous = heading.depth;
    }
  };
}
