// Browser enhancement of the task list: filter and sort the rows already in the HTML,
// keeping the state in the URL (?region=&notice=&unit=&status=&from=&to=&sort=) so a view can be shared.

import { LEGACY_STATUS_KEYS } from '../lib/tasks/status.ts';

const FIELDS = ['region', 'notice', 'unit', 'status', 'from', 'to', 'sort'] as const;
type Field = (typeof FIELDS)[number];

/** Whether a row passes the filter values. */
function matches(row: HTMLTableRowElement, values: Record<Field, string>): boolean {
  const deadline = row.dataset['deadline'] ?? '';
  if (values.region && row.dataset['region'] !== values.region) return false;
  if (values.notice && row.dataset['notice'] !== values.notice) return false;
  if (values.unit && !(row.dataset['units'] ?? '').split(' ').includes(values.unit)) return false;
  if (values.status && row.dataset['status'] !== values.status) return false;
  // A date range excludes tasks without a deadline.
  if (values.from && (!deadline || deadline < values.from)) return false;
  if (values.to && (!deadline || deadline > values.to)) return false;
  return true;
}

export function enhanceTaskFilters(form: HTMLFormElement | null, table: HTMLTableElement | null): void {
  const body = table?.tBodies[0];
  if (!form || !table || !body) return;
  const rows = [...body.rows];
  const count = form.querySelector<HTMLElement>('#task-count');
  const control = (name: Field) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  const apply = (updateUrl: boolean) => {
    const values = Object.fromEntries(FIELDS.map((name) => [name, control(name)?.value ?? ''])) as Record<Field, string>;
    const direction = values.sort === '-deadline' ? -1 : 1;
    const sorted = [...rows].sort((a, b) => direction * (a.dataset['deadline'] || '9999').localeCompare(b.dataset['deadline'] || '9999'));
    // Rows are moved and their visibility set only where it changes: touching each of hundreds of
    // rows on load (already in this order) made the browser lay the whole table out again.
    const current = [...body.rows];
    const reorder = sorted.some((row, index) => row !== current[index]);
    let shown = 0;
    for (const row of sorted) {
      const visible = matches(row, values);
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shown += 1;
      if (reorder) body.append(row);
    }
    if (count)
      count.textContent =
        shown === rows.length ? `显示全部 ${rows.length} 项` : `显示 ${shown} / ${rows.length} 项${shown === 0 ? '：没有符合条件的任务，请放宽筛选条件' : ''}`;
    if (updateUrl) {
      const url = new URL(location.href);
      for (const name of FIELDS) {
        const value = values[name];
        if (value && !(name === 'sort' && value === 'deadline')) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    }
  };

  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const given = params.get(name);
    const value = name === 'status' && given !== null ? (LEGACY_STATUS_KEYS[given] ?? given) : given;
    const element = control(name);
    if (value !== null && element) element.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('input', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => event.preventDefault());
  // A date picked for the statuses (src/client/as-of.ts) changes rows' statuses: filter again.
  document.addEventListener('asofchange', () => apply(false));
  apply(false);
}
