// Progressive enhancement of the build-time SVG charts: keyboard focus on data points, tooltips on
// focus and hover, hover highlighting. No d3 here — the charts are complete without this script
// (role="img" with a title, a description and a data table); it only adds ways to explore them.
// A point's text is its SVG <title> (escaped text in the HTML, shown by browsers on hover without
// this script); the script moves it into the accessible name and its own tooltip.

const TOOLTIP_ID = 'chart-tooltip';
const POINTS = '.chart-point, a.chart-link';
/** Tooltip text of each point, taken from its <title>. */
const tips = new WeakMap<Element, string>();

/** Takes a point's <title> as its tooltip text; the browser's own tooltip would show as well. */
function adoptTitle(point: Element): string {
  const title = point.querySelector(':scope > title');
  if (title) {
    tips.set(point, title.textContent ?? '');
    title.remove();
  }
  return tips.get(point) ?? '';
}

function tooltipElement(): HTMLElement {
  let tip = document.getElementById(TOOLTIP_ID);
  if (!tip) {
    tip = document.createElement('div');
    tip.id = TOOLTIP_ID;
    tip.className = 'chart-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    // Inside the main landmark, so that all content is in a landmark.
    (document.querySelector('main') ?? document.body).append(tip);
  }
  return tip;
}

let active: Element | undefined;

function show(target: Element): void {
  const text = tips.get(target) ?? adoptTitle(target);
  if (!text) return;
  hide();
  const tip = tooltipElement();
  tip.textContent = text;
  tip.hidden = false;
  active = target;
  place();
  target.classList.add('is-active');
  target.closest('svg')?.classList.add('has-active');
}

/** Puts the tooltip (position: fixed) above the active point, or below it when there is no room. */
function place(): void {
  const tip = document.getElementById(TOOLTIP_ID);
  if (!tip || !active) return;
  const box = active.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const left = Math.max(4, Math.min(box.left + box.width / 2 - tip.offsetWidth / 2, width - tip.offsetWidth - 4));
  const above = box.top - tip.offsetHeight - 8;
  tip.style.left = `${left}px`;
  tip.style.top = `${above >= 0 ? above : box.bottom + 8}px`;
}

function hide(): void {
  const tip = document.getElementById(TOOLTIP_ID);
  if (tip) tip.hidden = true;
  if (active) {
    active.classList.remove('is-active');
    active.closest('svg')?.classList.remove('has-active');
    active = undefined;
  }
}

/** Makes one chart's points focusable: one tab stop per chart, arrow keys move between points. */
function enhanceChart(svg: SVGSVGElement): void {
  const points = [...svg.querySelectorAll<SVGElement>('.chart-point')];
  if (points.length === 0) return;
  // A picture (role="img") may not contain focusable parts; a graphics document may.
  svg.setAttribute('role', 'graphics-document');
  svg.setAttribute('aria-roledescription', '图表');
  points.forEach((point, index) => {
    point.setAttribute('role', 'graphics-symbol');
    point.setAttribute('aria-label', adoptTitle(point));
    point.setAttribute('tabindex', index === 0 ? '0' : '-1');
  });
  svg.addEventListener('keydown', (event) => {
    const current = points.indexOf(event.target as SVGElement);
    if (current === -1) return;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(current + 1, points.length - 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(current - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? points.length - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    points[current]!.setAttribute('tabindex', '-1');
    points[next]!.setAttribute('tabindex', '0');
    points[next]!.focus();
  });
  for (const point of points) {
    point.addEventListener('focus', () => {
      for (const other of points) other.setAttribute('tabindex', other === point ? '0' : '-1');
    });
  }
}

export function enhanceCharts(root: ParentNode = document): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-chart-interactive]')) {
    if (svg.dataset['chartEnhanced'] !== undefined) continue;
    svg.dataset['chartEnhanced'] = '';
    enhanceChart(svg);
  }
  // Links in charts (status segments) keep their own focus and name; they get the same tooltips.
  for (const link of root.querySelectorAll('svg a.chart-link')) adoptTitle(link);
  if (document.documentElement.dataset['chartTooltips'] !== undefined) return;
  document.documentElement.dataset['chartTooltips'] = '';
  const tipTarget = (event: Event) => (event.target instanceof Element ? event.target.closest(POINTS) : null);
  document.addEventListener('focusin', (event) => {
    const target = tipTarget(event);
    if (target) show(target);
  });
  document.addEventListener('focusout', (event) => {
    if (tipTarget(event) === active) hide();
  });
  document.addEventListener('mouseover', (event) => {
    const target = tipTarget(event);
    if (target && target !== active) show(target);
  });
  document.addEventListener('mouseout', (event) => {
    const target = tipTarget(event);
    if (target && target === active && !(event.relatedTarget instanceof Node && target.contains(event.relatedTarget))) hide();
  });
  // A tooltip can be dismissed without moving focus (WCAG 1.4.13).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && active) hide();
  });
  window.addEventListener('scroll', place, { passive: true });
  window.addEventListener('resize', place);
}
