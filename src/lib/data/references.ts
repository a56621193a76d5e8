import { jurisdictionOf } from '../notices/frontmatter.ts';
import type { Dataset, NoticeSummary } from './dataset.ts';
import type { DataProblem } from './problems.ts';
import { parseFormula, formulaColumns } from '../consistency/formula.ts';
import { compareIsoDates } from '../text/order.ts';
import { allTables, type RowSource } from './tables.ts';
import { createUnitResolver } from './units.ts';

const ROLE_COLUMNS = [
  ['responsible', '责任单位'],
  ['lead', '牵头单位'],
  ['cooperating', '配合单位'],
  ['guiding', '指导单位'],
] as const;

/**
 * What could not be read, and has been reported already. A reference to it is not reported as
 * unknown, so that one bad cell or file does not bury its real error under follow-on errors
 * (a target with a bad value would otherwise make each of its milestones and progress rows
 * "refer to an unknown target"). Once the file is fixed, the references are checked again.
 */
export interface UnreadableInput {
  /** Ids of notices whose frontmatter failed. */
  notices?: ReadonlySet<string>;
  /** Rows rejected by the cell checks, as raw cells by column, per table name. */
  rejectedRows?: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, string>>>>>;
  /** Tables with a file that could not be read at all (encoding, header): any id may be in it. */
  incompleteTables?: ReadonlySet<string>;
}

/**
 * Checks what single rows cannot: unique keys across files, references between tables and
 * to notices and clauses, unit names against the units table, percentages and cumulative series.
 * Problems point at the row (line) and column that holds the bad value.
 * References to what is in `unreadable` are not reported (see {@link UnreadableInput}).
 */
export function checkReferences(dataset: Dataset, unreadable: UnreadableInput = {}): DataProblem[] {
  const unreadableNotices = unreadable.notices ?? new Set<string>();
  /** Whether a row of `table` with this value in `column` may exist but could not be read. */
  const mayExist = (table: string, column: string, value: string): boolean =>
    unreadable.incompleteTables?.has(table) === true || (unreadable.rejectedRows?.[table] ?? []).some((row) => row[column] === value);
  const unitMayExist = (name: string): boolean =>
    mayExist('units', 'name', name) || (unreadable.rejectedRows?.['units'] ?? []).some((row) => (row['aliases'] ?? '').split(/[、|]/u).some((alias) => alias.trim() === name));
  const problems: DataProblem[] = [];
  const at = (source: RowSource, column: string, message: string, messageEn: string, severity: DataProblem['severity'] = 'error') =>
    problems.push({ file: source.file, line: source.line, column: source.columns[column] ?? 1, message, messageEn, severity });

  const notices = new Map<string, NoticeSummary>(dataset.notices.map((notice) => [notice.id, notice]));
  const checkNotice = (row: { notice: string; location: RowSource }): NoticeSummary | undefined => {
    const notice = notices.get(row.notice);
    if (!notice && !unreadableNotices.has(row.notice)) at(row.location, 'notice', `找不到文件“${row.notice}”：content/notices/ 下没有 ${row.notice}.mdx。`, `Unknown notice "${row.notice}": there is no content/notices/${row.notice}.mdx.`);
    return notice;
  };
  const checkClause = (notice: NoticeSummary | undefined, clause: string | undefined, source: RowSource, column = 'clause') => {
    if (!notice || !clause) return;
    if (!notice.clauseIds.has(clause)) at(source, column, `条款锚点“${clause}”在 ${notice.id} 的正文中不存在。`, `Clause anchor "${clause}" does not exist in the text of ${notice.id}.`);
  };

  // Unique keys, across all files of a table.
  for (const table of allTables) {
    const seen = new Map<string, RowSource>();
    for (const row of dataset[table.field] as ReadonlyArray<Record<string, unknown> & { location: RowSource }>) {
      const key = table.key.map((column) => String(row[column])).join(' / ');
      const first = seen.get(key);
      if (first) at(row.location, table.key[0] ?? 'id', `重复：${table.key.join(' + ')} 为“${key}”的行已在 ${first.file} 第 ${first.line} 行出现。`, `Duplicate key ${table.key.join(' + ')} "${key}": already on line ${first.line} of ${first.file}.`);
      else seen.set(key, row.location);
    }
  }

  // Units: a name may mean only one unit in a jurisdiction.
  const resolver = createUnitResolver(dataset.units);
  for (const conflict of resolver.conflicts) {
    at(conflict.units[1].location, 'aliases', `在${conflict.jurisdiction}，“${conflict.name}”同时指 ${conflict.units[0].id} 和 ${conflict.units[1].id}，无法确定是哪个单位。`, `In ${conflict.jurisdiction}, "${conflict.name}" names both ${conflict.units[0].id} and ${conflict.units[1].id}.`);
  }

  for (const task of dataset.tasks) {
    const notice = checkNotice(task);
    checkClause(notice, task.clause, task.location);
    // A notice may set a dated stage without naming who does it: then both stay empty and the note says so.
    if (task.responsible.length === 0 && task.lead.length === 0 && !task.note) {
      at(task.location, 'responsible', '责任单位（responsible）和牵头单位（lead）至少要填一个；原文没有写明时两栏留空，并在 note 中写明（如“原文未写明责任单位”）。', 'Fill in at least one of responsible or lead; if the notice names no unit, leave both empty and say so in note.');
    }
    if (!notice) continue;
    const jurisdiction = jurisdictionOf(notice.frontmatter);
    for (const [column, label] of ROLE_COLUMNS) {
      for (const name of task[column]) {
        if (!resolver.resolve(jurisdiction, name) && !unitMayExist(name)) {
          at(task.location, column, `${label}“${name}”不在${jurisdiction}的单位表中：请在 data/units/ 中把它加为单位或某个单位的别名（aliases）。`, `Unit "${name}" (${column}) is not in the units of ${jurisdiction}: add it to data/units/ as a unit or an alias.`);
        }
      }
    }
  }

  const taskIds = new Set(dataset.tasks.map((task) => task.id));
  for (const update of dataset.taskUpdates) {
    if (!taskIds.has(update.task) && !mayExist('tasks', 'id', update.task)) at(update.location, 'task', `任务“${update.task}”不存在：请核对 data/tasks/ 中的编号。`, `Unknown task "${update.task}": check the id in data/tasks/.`);
    const sourceNotice = notices.get(update.source);
    if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(update.source) && !sourceNotice && !unreadableNotices.has(update.source)) {
      at(update.location, 'source', `出处“${update.source}”像是文件编号，但 content/notices/ 下没有这个文件。`, `Source "${update.source}" looks like a notice id but there is no such notice.`);
    }
  }

  const targets = new Map(dataset.targets.map((target) => [target.id, target]));
  for (const target of dataset.targets) {
    const notice = checkNotice(target);
    checkClause(notice, target.clause, target.location);
    if (target.parent !== undefined && !targets.has(target.parent) && !mayExist('targets', 'id', target.parent)) at(target.location, 'parent', `上级目标“${target.parent}”不存在。`, `Parent target "${target.parent}" does not exist.`);
    if ((target.parent === undefined) !== (target.area === undefined)) at(target.location, 'area', '分区域目标要同时填写 area 和 parent。', 'A per-area target needs both area and parent.');
    if (target.unit === '%' && (target.value < 0 || target.value > 100)) at(target.location, 'value', `百分比 ${target.value} 超出 0–100 的范围。`, `Percentage ${target.value} is outside 0–100.`);
  }

  for (const milestone of dataset.milestones) {
    const notice = checkNotice(milestone);
    checkClause(notice, milestone.clause, milestone.location);
    const target = targets.get(milestone.target);
    if (!target && !mayExist('targets', 'id', milestone.target)) at(milestone.location, 'target', `目标“${milestone.target}”不存在：请先在 data/targets/ 中登记。`, `Unknown target "${milestone.target}": add it to data/targets/ first.`);
    if (milestone.unit === '%' && (milestone.value < 0 || milestone.value > 100)) at(milestone.location, 'value', `百分比 ${milestone.value} 超出 0–100 的范围。`, `Percentage ${milestone.value} is outside 0–100.`);
  }

  const byTarget = new Map<string, typeof dataset.progress>();
  for (const report of dataset.progress) {
    const target = targets.get(report.target);
    if (!target && !mayExist('targets', 'id', report.target)) at(report.location, 'target', `目标“${report.target}”不存在：请先在 data/targets/ 中登记。`, `Unknown target "${report.target}": add it to data/targets/ first.`);
    if (report.unit === '%' && (report.value < 0 || report.value > 100)) at(report.location, 'value', `百分比 ${report.value} 超出 0–100 的范围。`, `Percentage ${report.value} is outside 0–100.`);
    // A source that looks like a notice id must be one; otherwise it is a title or URL.
    const sourceNotice = notices.get(report.source);
    if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(report.source) && !sourceNotice && !unreadableNotices.has(report.source)) {
      at(report.location, 'source', `出处“${report.source}”像是文件编号，但 content/notices/ 下没有这个文件。`, `Source "${report.source}" looks like a notice id but there is no such notice.`);
    }
    checkClause(sourceNotice, report.source_clause, report.location, 'source_clause');
    if (target) byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), report]);
  }
  for (const [targetId, reports] of byTarget) {
    if (!targets.get(targetId)?.cumulative) continue;
    for (const unit of new Set(reports.map((report) => report.unit))) {
      const series = reports.filter((report) => report.unit === unit).sort((a, b) => compareIsoDates(a.as_of, b.as_of));
      for (let index = 1; index < series.length; index += 1) {
        const previous = series[index - 1];
        const current = series[index];
        if (previous && current && current.value < previous.value) {
          at(current.location, 'value', `累计目标 ${targetId} 的数值从 ${previous.as_of} 的 ${previous.value}${unit} 降到 ${current.as_of} 的 ${current.value}${unit}：请核对（如确属口径调整请在备注说明）。`, `Cumulative target ${targetId} decreases from ${previous.value} (${previous.as_of}) to ${current.value} (${current.as_of}): please check.`, 'warning');
        }
      }
    }
  }

  const groups = new Map(dataset.groups.map((group) => [group.id, group]));
  for (const group of dataset.groups) {
    const notice = checkNotice(group);
    checkClause(notice, group.clause, group.location);
    if (group.parent !== undefined && !groups.has(group.parent) && !mayExist('groups', 'id', group.parent)) at(group.location, 'parent', `上级小组“${group.parent}”不存在。`, `Parent group "${group.parent}" does not exist.`);
  }
  for (const member of dataset.groupMembers) {
    if (!groups.has(member.group) && !mayExist('groups', 'id', member.group)) at(member.location, 'group', `小组“${member.group}”不存在：请先在 data/groups/ 中登记。`, `Unknown group "${member.group}": add it to data/groups/ first.`);
  }

  const labelsByTable = new Map<string, Set<string>>();
  for (const cell of dataset.regional) labelsByTable.set(cell.table, (labelsByTable.get(cell.table) ?? new Set()).add(cell.area));
  for (const cell of dataset.regional) {
    if (cell.unit === '%' && (cell.value < 0 || cell.value > 100)) at(cell.location, 'value', `百分比 ${cell.value} 超出 0–100 的范围。`, `Percentage ${cell.value} is outside 0–100.`);
    const notice = checkNotice(cell);
    checkClause(notice, cell.clause, cell.location);
    if (cell.parent !== undefined && !labelsByTable.get(cell.table)?.has(cell.parent) && !mayExist('regional', 'area', cell.parent)) at(cell.location, 'parent', `表 ${cell.table} 中没有名为“${cell.parent}”的行。`, `Table ${cell.table} has no row labelled "${cell.parent}".`);
  }
  const measuresByTable = new Map<string, Set<string>>();
  for (const cell of dataset.regional) measuresByTable.set(cell.table, (measuresByTable.get(cell.table) ?? new Set()).add(cell.measure));
  for (const derived of dataset.regionalFormulas) {
    const measures = measuresByTable.get(derived.table);
    if (!measures) {
      if (!mayExist('regional', 'table', derived.table)) at(derived.location, 'table', `表“${derived.table}”在 data/regional/ 中不存在。`, `Table "${derived.table}" does not exist in data/regional/.`);
      continue;
    }
    if (!measures.has(derived.measure) && !mayExist('regional', 'measure', derived.measure)) at(derived.location, 'measure', `表 ${derived.table} 中没有名为“${derived.measure}”的列。`, `Table ${derived.table} has no column "${derived.measure}".`);
    try {
      for (const name of formulaColumns(parseFormula(derived.formula))) {
        if (!measures.has(name) && !mayExist('regional', 'measure', name)) at(derived.location, 'formula', `公式中的列“${name}”在表 ${derived.table} 中不存在。`, `Column "${name}" in the formula does not exist in table ${derived.table}.`);
      }
    } catch (error) {
      at(derived.location, 'formula', `${(error as Error).message}。`, `The formula cannot be read: ${derived.formula}`);
    }
  }
  return problems;
}

/**
 * Progress and task reports dated after `asOf`, the build's "as of" date (SITE_AS_OF, or today in
 * China): a report can only say what has happened, and one dated later (a typo such as 2099) would
 * be published as if its figure were already reached. Errors at the `as_of` cell.
 */
export function checkReportDates(dataset: Pick<Dataset, 'progress' | 'taskUpdates'>, asOf: string): DataProblem[] {
  return [...dataset.progress, ...dataset.taskUpdates]
    .filter((report) => report.as_of > asOf)
    .map((report) => ({
      file: report.location.file,
      line: report.location.line,
      column: report.location.columns['as_of'] ?? 1,
      message: `报告日期 ${report.as_of} 晚于本次构建的截止日期 ${asOf}（SITE_AS_OF，未设置时为构建当天的北京时间日期）：进展只能报告已经发生的情况，请核对日期。`,
      messageEn: `Report date ${report.as_of} is after this build's as-of date ${asOf} (SITE_AS_OF, or today in China): a report can only state what has happened; check the date.`,
      severity: 'error' as const,
    }));
}
