import { defineHastPlugin } from 'satteri';

/**
 * HTML plugin for tables transcribed from printed documents:
 * - wraps each table in a focusable, labelled scroll region so a wide table scrolls on a phone
 *   without widening the page, and keyboard users can scroll it;
 * - turns empty header cells (left by headers that span columns in print) into `td`, since an
 *   empty `th` labels nothing. No text is added or changed.
 */
export function accessibleTables() {
  // A plugin factory: Sätteri calls it once per document, so the count is per document.
  let count = 0;
  return defineHastPlugin({
    name: 'policy-site:accessible-tables',
    element: [
      {
        filter: ['th'],
        visit: (node, ctx) => {
          if (ctx.textContent(node).trim() === '')
            ctx.replaceNode(node, { type: 'element', tagName: 'td', properties: { ...node.properties }, children: [...node.children] });
        },
      },
      {
        filter: ['table'],
        visit: (node, ctx) => {
          count += 1;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: `原文表格${count}` },
            children: [],
          });
        },
      },
    ],
  });
}
