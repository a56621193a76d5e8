/**
 * ARIA graphics roles for interactive charts (WAI-ARIA Graphics Module): the chart is a
 * `graphics-document` named by its title and description, each focusable data point a
 * `graphics-symbol`. (`img` cannot contain focusable points.) Spread into SVG elements;
 * typed loosely because the element typings list only the core ARIA roles.
 */
export const GRAPHICS_DOCUMENT: Record<string, string> = { role: 'graphics-document', 'aria-roledescription': '图表' };
export const GRAPHICS_SYMBOL: Record<string, string> = { role: 'graphics-symbol' };
