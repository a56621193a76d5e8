// Tooltips for chart points: shown on keyboard focus and on hover, from each point's data-tip.
// The charts are complete without this (each point also has an SVG <title>).
export function enhanceChartTooltips(root: ParentNode = document): void {
  const points = root.querySelectorAll<SVGElement>('.chart-point[data-tip]');
  if (points.length === 0) return;
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  const show = (point: SVGElement) => {
    tip.textContent = point.dataset['tip'] ?? '';
    tip.hidden = false;
    const box = point.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(window.scrollX + box.left + box.width / 2 - tip.offsetWidth / 2, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
    tip.style.top = `${window.scrollY + box.top - tip.offsetHeight - 8}px`;
    point.classList.add('is-active');
  };
  const hide = (point: SVGElement) => {
    tip.hidden = true;
    point.classList.remove('is-active');
  };
  for (const point of points) {
    point.addEventListener('focus', () => show(point));
    point.addEventListener('mouseenter', () => show(point));
    point.addEventListener('blur', () => hide(point));
    point.addEventListener('mouseleave', () => hide(point));
  }
}
