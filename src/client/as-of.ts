// Browser enhancement: statuses, report counts and each target's latest report as of a date the
// reader picks, recomputed from data already in the page (task rows' deadline and reports, the
// report notes' entries, the status tables' bases), with the date in the URL (?asof=2023-06-30).
// Without JavaScript the page shows the build's 统计日. Charts are drawn for the build's date:
// for another date they give way to their data tables, which are recomputed.
import { STATUS_KEYS, STATUS_SYMBOLS, TASK_STATUSES, taskStatus } from '../lib/tasks/status.ts';
import { countStatuses, decodeTaskReports, isIsoDate, type StatusBasis } from '../lib/tasks/as-of.ts';
import {
  decodeReportEntries,
  describeLatestReport,
  describeReports,
  summarizeReports,
  type AsOfKind,
  type TargetReportEntry,
} from '../lib/tasks/report-note.ts';
import { formatDateZh } from '../lib/format.ts';

const parse = <T>(value: string | undefined, fallback: T): T => {
  try {
    return value ? (JSON.parse(value) as T) : fallback;
  } catch {
    return fallback;
  }
};

function recompute(asOf: string, kind: AsOfKind, chosen: boolean): void {
  for (const row of document.querySelectorAll<HTMLElement>('tr[data-status]')) {
    const status = taskStatus(row.dataset['deadline'] || undefined, decodeTaskReports(row.dataset['reports']), asOf);
    const key = STATUS_KEYS[status];
    if (row.dataset['status'] === key) continue;
    row.dataset['status'] = key;
    const badge = row.querySelector<HTMLElement>('.status');
    if (!badge) continue;
    badge.className = `status status-${key}`;
    const symbol = document.createElement('span');
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = STATUS_SYMBOLS[status];
    badge.replaceChildren(symbol, ` ${status}`);
  }
  for (const cell of document.querySelectorAll<HTMLElement>('[data-task-status]')) {
    cell.textContent = taskStatus(cell.dataset['deadline'] || undefined, decodeTaskReports(cell.dataset['reports']), asOf);
  }
  for (const note of document.querySelectorAll<HTMLElement>('.report-note[data-reports]')) {
    const reports = decodeReportEntries(note.dataset['reportSources'], note.dataset['reports']);
    note.textContent = describeReports(summarizeReports(reports, asOf), asOf, kind, note.dataset['withTargets'] !== '0');
  }
  for (const time of document.querySelectorAll<HTMLTimeElement>('time.as-of-date')) {
    time.dateTime = asOf;
    time.textContent = formatDateZh(asOf);
  }
  for (const row of document.querySelectorAll<HTMLElement>('tr[data-status-basis]')) {
    const counts = countStatuses(parse<StatusBasis>(row.dataset['statusBasis'], { d: {}, r: [] }), asOf);
    const total = TASK_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    for (const status of TASK_STATUSES) {
      const cell = row.querySelector<HTMLElement>(`[data-status-count="${STATUS_KEYS[status]}"]`);
      const count = counts[status];
      const link = cell?.querySelector('a');
      if (link) link.textContent = String(count);
      const share = cell?.querySelector('.share');
      if (share) share.remove();
      if (cell && total > 0 && count > 0) cell.insertAdjacentHTML('beforeend', `<span class="share">（${Math.round((count / total) * 1000) / 10}%）</span>`);
    }
  }
  for (const latest of document.querySelectorAll<HTMLElement>('[data-latest-reports]')) {
    latest.textContent = describeLatestReport(parse<TargetReportEntry[]>(latest.dataset['latestReports'], []), asOf);
  }
  // Charts are drawn for the build's date. Where their table is recomputed it stands in for the
  // drawing (hidden); elsewhere a note says the chart keeps the build's date.
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-drawn-as-of]')) {
    const drawn = figure.dataset['drawnAsOf'] ?? '';
    const recomputed = figure.dataset['asOfTable'] === 'recomputed';
    const other = chosen && drawn !== asOf;
    figure.classList.toggle('as-of-other', other && recomputed);
    let note = figure.querySelector<HTMLElement>(':scope > .as-of-other-note');
    if (other && !note) {
      note = document.createElement('p');
      note.className = 'as-of-other-note chart-note';
      figure.prepend(note);
    }
    if (note) {
      note.hidden = !other;
      note.textContent = recomputed
        ? `图形按 ${formatDateZh(drawn)} 绘制，已隐藏；所选日期 ${formatDateZh(asOf)} 的数字见下表。`
        : `此图及其数据表按 ${formatDateZh(drawn)} 绘制，不随所选日期变化。`;
    }
    const data = figure.querySelector('details.chart-data');
    if (other && recomputed && data instanceof HTMLDetailsElement) data.open = true;
  }
  document.dispatchEvent(new CustomEvent('asofchange', { detail: asOf }));
}

export function enhanceAsOf(form: HTMLFormElement | null): void {
  const input = form?.querySelector<HTMLInputElement>('input[name="asof"]');

  const status = form?.querySelector<HTMLElement>('.as-of-status');
  if (!form || !input) return;
  const buildAsOf = form.dataset['buildAsOf'] ?? input.value;
  const buildKind = (form.dataset['buildKind'] ?? 'build') as AsOfKind;

  const apply = (asOf: string, updateUrl: boolean) => {
    const chosen = asOf !== buildAsOf;
    recompute(asOf, chosen ? 'chosen' : buildKind, chosen);
    if (status) status.textContent = chosen ? `已按 ${formatDateZh(asOf)} 重新计算状态。` : '';
    if (!updateUrl) return;
    const url = new URL(location.href);
    if (chosen) url.searchParams.set('asof', asOf);
    else url.searchParams.delete('asof');
    history.replaceState(history.state, '', url);
  };

  const fromUrl = new URLSearchParams(location.search).get('asof');
  form.hidden = false;
  input.addEventListener('change', () => {
    if (isIsoDate(input.value)) apply(input.value, true);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    input.value = buildAsOf;
    apply(buildAsOf, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  if (isIsoDate(fromUrl) && fromUrl !== buildAsOf) {
    input.value = fromUrl;
    apply(fromUrl, false);
  }
}
