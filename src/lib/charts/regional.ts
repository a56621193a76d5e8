/**
 * Regional comparison: each area's task quantity and completion rate, for a target broken down by
 * area. The notices' report forms rank areas by completion rate (附件2 “完成率排名”), so do we.
 * Completion comes only from reports on the area targets; an area without a report is marked
 * “未报告”, never drawn as zero, and with no reports at all there is no rate and no ranking.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { ProgressRow, TargetRow } from '../data/tables.ts';
import { chartDate, percent, quantity, round, textWidth, type ChartSize } from './common.ts';
import { reportInTargetUnit } from './trajectory.ts';

type AreaTarget = Pick<TargetRow, 'id' | 'value' | 'unit'> & { area?: string | undefined };
type AreaReport = Pick<ProgressRow, 'target' | 'as_of' | 'value' | 'unit'> & { source?: string | undefined };

export interface RegionalArea {
  area: string;
  /** Position in the printed table (1, 2 …). */
  order: number;
  /** Task quantity assigned to the area, in `unit`. */
  quantity: number;
  /** Completed quantity from the latest report on or before the as-of date, if any. */
  completed?: number;
  /** Completion rate in percent of the area's quantity, if reported (undefined when the quantity is 0). */
  rate?: number;
  /** Rank by completion rate, 1 = highest; equal rates share a rank. Only areas with a rate are ranked. */
  rank?: number;
  report?: { as_of: string; value: number; unit: string; source?: string | undefined };
}

export interface RegionalModel {
  id: string;
  title: string;
  /** What the area figures are, as the area targets are titled: `批而未供土地下达任务量`. */
  measure?: string | undefined;
  unit: string;
  asOf: string;
  /** Ranked areas first (by rate), then the others in printed order; all in printed order when none is ranked. */
  areas: RegionalArea[];
  /** Sum of the areas' quantities. */
  total: number;
  reported: number;
}

/** Standard competition ranking of rates, highest first: 90, 80, 80, 70 → 1, 2, 2, 4. */
export function rankByRate<T extends { rate?: number | undefined }>(items: readonly T[]): Array<T & { rank?: number }> {
  const rates = items.flatMap((item) => (item.rate === undefined ? [] : [item.rate]));
  return items.map((item) => (item.rate === undefined ? { ...item } : { ...item, rank: 1 + rates.filter((rate) => rate > item.rate!).length }));
}

/**
 * Builds the comparison for one whole-jurisdiction target from its area targets (in printed order)
 * and the progress rows. A report in the area's unit is the completed quantity; a report in % is
 * the share of the area's quantity (as for targets, only when the row says %).
 */
export function regionalModel(
  parent: Pick<TargetRow, 'id' | 'title' | 'unit'>,
  areaTargets: readonly AreaTarget[],
  progress: readonly AreaReport[],
  asOf: string,
  measure?: string,
): RegionalModel {
  const areas = areaTargets.map((target, index): RegionalArea => {
    const latest = progress
      .filter((report) => report.target === target.id && report.as_of <= asOf && reportInTargetUnit(target, report) !== undefined)
      .sort((a, b) => a.as_of.localeCompare(b.as_of) || Number(a.unit === target.unit) - Number(b.unit === target.unit))
      .at(-1);
    const base: RegionalArea = { area: target.area ?? target.id, order: index + 1, quantity: target.value };
    if (!latest) return base;
    const completed = reportInTargetUnit(target, latest)!;
    return {
      ...base,
      completed,
      ...(target.value > 0 ? { rate: (completed / target.value) * 100 } : {}),
      report: { as_of: latest.as_of, value: latest.value, unit: latest.unit, ...(latest.source ? { source: latest.source } : {}) },
    };
  });
  const ranked = rankByRate(areas);
  const ordered = [
    ...ranked.filter((area) => area.rank !== undefined).sort((a, b) => a.rank! - b.rank! || a.order - b.order),
    ...ranked.filter((area) => area.rank === undefined),
  ];
  return {
    id: parent.id,
    title: parent.title,
    measure,
    unit: parent.unit,
    asOf,
    areas: ordered,
    total: areas.reduce((sum, area) => sum + area.quantity, 0),
    reported: areas.filter((area) => area.completed !== undefined).length,
  };
}

/**
 * What a sum of area figures covers: every area counted once, not the printed subtotal or total
 * rows — which is why it can differ from a printed 合计 that adds a rounded 小计 (39,814 against 39,813).
 */
export function areaSumLabel(areas: number): string {
  return `各区域逐个相加（${areas} 个区域，不用小计、合计行）`;
}

/** The sentence that says what the chart can and cannot show about completion. */
export function completionNote(model: RegionalModel): string {
  if (model.reported === 0) return `截至统计日（${chartDate(model.asOf)}），各区域尚未报告完成情况：图中只有下达的任务量，没有完成率，也没有排名。`;
  const missing = model.areas.length - model.reported;
  return `按完成率从高到低排名（同附件“完成率排名”）；完成率为截至统计日（${chartDate(model.asOf)}）最近一次报告的完成量占下达任务量的比例。${missing > 0 ? `${missing} 个区域尚未报告，列在最后，不参与排名。` : ''}`;
}

/** The key figures, for screen readers and under the chart. */
export function describeRegional(model: RegionalModel): string {
  const measureText = model.measure ? `${model.measure}：` : '';
  const byQuantity = [...model.areas].sort((a, b) => b.quantity - a.quantity || a.order - b.order);
  const [largest, smallest] = [byQuantity[0], byQuantity.at(-1)];
  const quantities =
    largest && smallest
      ? `${model.areas.length} 个区域，任务量${areaSumLabel(model.areas.length)}为 ${quantity(model.total, model.unit)}，最多 ${largest.area} ${quantity(largest.quantity, model.unit)}，最少 ${smallest.area} ${quantity(smallest.quantity, model.unit)}。`
      : '没有分区域任务。';
  if (model.reported === 0) return `${measureText}${quantities}各区域尚未报告完成情况。`;
  const ranked = model.areas.filter((area) => area.rank !== undefined);
  const ranking = ranked.map((area) => `第${area.rank}名 ${area.area} ${percent(area.rate!)}`).join('，');
  const missing = model.areas.filter((area) => area.completed === undefined).map((area) => area.area);
  return `${measureText}${quantities}完成率排名：${ranking || '无'}。${missing.length > 0 ? `未报告：${missing.join('、')}。` : ''}`;
}

/** One row of bars. */
export interface RegionalRow {
  area: RegionalArea;
  y: number;
  /** Text left of the bars: `1. 驿城区` when ranked. */
  label: string;
  quantityBar: { x: number; width: number; valueX: number; text: string };
  /** Undefined when no completion is shown (no reports at all); `bar` is undefined for an unreported area. */
  rateBar?: { x: number; width: number; valueX: number; text: string; reported: boolean } | undefined;
  /** Tooltip and accessible name of the row. */
  tip: string;
}

export interface RegionalGeometry {
  size: ChartSize;
  barHeight: number;
  labelWidth: number;
  /** Panels with their title, range and reference line (100 % in the rate panel). */
  quantityPanel: { x: number; width: number; title: string };
  ratePanel?: { x: number; width: number; title: string; full: number } | undefined;
  rows: RegionalRow[];
}

/**
 * Lays out the comparison at `width`: a label column, a panel of quantity bars and — when any
 * completion is reported — a panel of completion-rate bars with a 100 % line. Rows are as ordered
 * by the model; every value is printed next to its bar.
 */
export function regionalGeometry(model: RegionalModel, width: number): RegionalGeometry {
  const rowHeight = 24;
  const barHeight = 14;
  const top = 30;
  const labels = model.areas.map((area) => (area.rank !== undefined ? `${area.rank}. ${area.area}` : area.area));
  const labelWidth = Math.ceil(Math.max(40, ...labels.map((label) => textWidth(label))) + 8);
  const showRates = model.reported > 0;
  const gap = 16;
  const available = width - labelWidth - 4;
  const quantityWidth = showRates ? Math.floor((available - gap) * 0.5) : available;
  const quantityTexts = model.areas.map((area) => quantity(area.quantity));
  // Leave room after the longest bar for its value.
  const quantityRoom = Math.max(...quantityTexts.map((text) => textWidth(text)), 0) + 6;
  const quantityScale = scaleLinear()
    .domain([0, max(model.areas, (area) => area.quantity) || 1])
    .range([0, Math.max(10, quantityWidth - quantityRoom)]);
  const quantityPanel = { x: labelWidth, width: quantityWidth, title: `任务量（${model.unit}）` };

  const rateX = labelWidth + quantityWidth + gap;
  const rateWidth = width - rateX - 4;
  const highestRate = Math.max(100, ...model.areas.flatMap((area) => (area.rate === undefined ? [] : [area.rate])));
  const rateRoom = textWidth('100.0%') + 6;
  const rateScale = scaleLinear()
    .domain([0, highestRate])
    .range([0, Math.max(10, rateWidth - rateRoom)]);

  const rows = model.areas.map((area, index): RegionalRow => {
    const y = top + index * rowHeight + (rowHeight - barHeight) / 2;
    const quantityWidthPx = quantityScale(area.quantity);
    const completedText = area.completed === undefined ? '' : `，已完成 ${quantity(Math.round(area.completed * 100) / 100, model.unit)}`;
    const rateText = area.rate === undefined ? (area.completed === undefined ? '未报告' : '—') : percent(area.rate);
    const rateWidthPx = area.rate === undefined ? 0 : rateScale(area.rate);
    return {
      area,
      y: round(y),
      label: labels[index]!,
      quantityBar: { x: labelWidth, width: round(quantityWidthPx), valueX: round(labelWidth + quantityWidthPx + 4), text: quantityTexts[index]! },
      rateBar: showRates
        ? { x: round(rateX), width: round(rateWidthPx), valueX: round(rateX + rateWidthPx + 4), text: rateText, reported: area.completed !== undefined }
        : undefined,
      tip: `${area.rank !== undefined ? `第${area.rank}名 ` : ''}${area.area}：任务量 ${quantity(area.quantity, model.unit)}${completedText}${showRates ? `，完成率 ${area.rate === undefined ? (area.completed === undefined ? '未报告' : '无（任务量为 0）') : percent(area.rate)}` : ''}${area.report ? `（截至${chartDate(area.report.as_of)}）` : ''}`,
    };
  });
  return {
    size: { width, height: top + model.areas.length * rowHeight + 6 },
    barHeight,
    labelWidth,
    quantityPanel,
    ratePanel: showRates ? { x: round(rateX), width: rateWidth, title: '完成率（%）', full: round(rateX + rateScale(100)) } : undefined,
    rows,
  };
}
