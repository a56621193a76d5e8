/**
 * ARIA roles of the charts, in one place.
 *
 * In the HTML a chart is a picture: `role="img"`, named by its `<title>` and described by its
 * `<desc>` (the key figures); nothing inside it is focusable, as `img` requires. The client script
 * (src/client/charts/enhance.ts) then makes the data points reachable by keyboard: it turns the
 * chart into a `graphics-document` (WAI-ARIA Graphics Module) whose points are `graphics-symbol`s.
 *
 * A chart whose parts are links (the task status summary) cannot be an `img`; it is a
 * `graphics-document` from the start, each segment an ordinary link.
 *
 * Spread into SVG elements; typed loosely because the element typings list only the core roles.
 */
export const CHART_PICTURE: Record<string, string> = { role: 'img' };
export const CHART_DOCUMENT: Record<string, string> = { role: 'graphics-document', 'aria-roledescription': '图表' };
/** Marks an SVG whose `.chart-point`s the client script makes focusable. */
export const INTERACTIVE = { 'data-chart-interactive': '' } as const;
