import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Rehype plugin for tables transcribed from printed documents:
 * - wraps each table in a focusable, labelled scroll region so a wide table scrolls on a phone
 *   without widening the page, and keyboard users can scroll it;
 * - turns empty header cells (left by headers that span columns in print) into `td`, since an
 *   empty `th` labels nothing. No text is added or changed.
 */
export function rehypeAccessibleTables() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'th' && node.children.map(textOf).join('').trim() === '') node.tagName = 'td';
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const parentClass = parent.type === 'element' ? parent.properties['className'] : undefined;
      if (Array.isArray(parentClass) && parentClass.includes('table-wrap')) return;
      count += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: `原文表格${count}` },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
