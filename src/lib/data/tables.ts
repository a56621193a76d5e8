import type { ColumnSpec, ColumnValue } from './columns.ts';

/** Declaration of one CSV table: a folder `data/<folder>/` whose files share these columns. */
export interface TableSpec {
  /** Folder under `data/`, name of the downloads and of the table in the data package. */
  readonly name: string;
  /** Name of the table's rows in the dataset and the site data, and of its content collection (`taskUpdates`). */
  readonly field: string;
  /** Title in Chinese for the data page. */
  readonly title: string;
  /** What one row is. */
  readonly description: string;
  /** Columns whose values together must be unique across all files of the table. */
  readonly key: readonly string[];
  readonly columns: readonly ColumnSpec[];
}

/** Typed row of a table: required columns are present, optional ones may be undefined. */
export type RowOf<T extends TableSpec> = {
  // An empty list cell reads as [], so list columns are always present.
  [C in T['columns'][number] as C['name']]: C['type'] extends 'list' ? string[] : C['required'] extends true ? ColumnValue<C> : ColumnValue<C> | undefined;
} & { /** Where the row came from, for messages and links to the file. */ readonly location: RowSource };

/** Location of a row in its file. */
export interface RowSource {
  file: string;
  line: number;
  /** 1-based position of each column in this file's header (files may order columns freely). */
  columns: Readonly<Record<string, number>>;
}

const notice = { name: 'notice', type: 'id', required: true, description: '所属文件（通知）的编号，即 content/notices/ 下的文件名，如 anze-2022-50' } as const;
const clause = { name: 'clause', type: 'text', required: false, description: '条款锚点，如 c3-1-2（三（一）2）、a1（附件1）；见 docs/authoring.md' } as const;
const note = { name: 'note', type: 'text', required: false, description: '备注' } as const;

export const unitsTable = {
  name: 'units',
  field: 'units',
  title: '责任单位',
  description: '各地文件中出现的责任单位，按辖区区分（安泽县自然资源局不是息县自然资源局），含文件中的各种简称。',
  key: ['id'],
  columns: [
    { name: 'id', type: 'id', required: true, description: '单位编号（英文小写），如 anze-zrzyj' },
    { name: 'name', type: 'text', required: true, description: '单位规范全称，如 安泽县自然资源局' },
    { name: 'jurisdiction', type: 'text', required: true, description: '所属辖区，即引用它的文件的最小行政区，如 安泽县、驻马店市' },
    { name: 'kind', type: 'enum', required: true, values: ['政府', '部门', '乡镇', '开发区', '法院', '其他', '统称'], description: '单位类别；“统称”指“各相关部门”等集合称呼' },
    { name: 'aliases', type: 'list', required: false, description: '文件中的其他写法，用“、”分隔，如 县自然资源局、自然资源局' },
    note,
  ],
} as const satisfies TableSpec;

export const tasksTable = {
  name: 'tasks',
  field: 'tasks',
  title: '任务分解',
  description: '文件中每一项任务或措施一行：条款、期限与各类责任单位。',
  key: ['id'],
  columns: [
    { name: 'id', type: 'id', required: true, description: '任务编号，如 anze-2022-50-t01' },
    notice,
    { ...clause, required: true },
    { name: 'title', type: 'text', required: true, description: '任务内容，摘自原文（标题或首句）' },
    { name: 'deadline', type: 'date', required: false, description: '完成期限（年-月-日）；文件未定期限则留空' },
    { name: 'deadline_text', type: 'text', required: false, description: '期限原文写法，如 2022年9月15日前' },
    { name: 'responsible', type: 'list', required: false, description: '责任单位，按原文，用“、”分隔' },
    { name: 'lead', type: 'list', required: false, description: '牵头单位' },
    { name: 'cooperating', type: 'list', required: false, description: '配合单位' },
    { name: 'guiding', type: 'list', required: false, description: '指导单位' },
    note,
  ],
} as const satisfies TableSpec;

export const targetsTable = {
  name: 'targets',
  field: 'targets',
  title: '量化目标',
  description: '文件提出的每一个量化目标，含分区域分解。',
  key: ['id'],
  columns: [
    { name: 'id', type: 'id', required: true, description: '目标编号，如 anze-2022-50-clear-2022' },
    notice,
    clause,
    { name: 'title', type: 'text', required: true, description: '目标内容，摘自原文' },
    { name: 'unit', type: 'text', required: true, description: '计量单位，如 亩、%、宗' },
    { name: 'value', type: 'number', required: true, description: '目标数值' },
    { name: 'comparison', type: 'enum', required: true, values: ['at_least', 'exactly', 'at_most'], description: 'at_least＝以上/不少于，exactly＝等于，at_most＝以下/不超过' },
    { name: 'due', type: 'date', required: false, description: '完成期限（年-月-日）' },
    { name: 'due_text', type: 'text', required: false, description: '期限原文写法' },
    { name: 'area', type: 'text', required: false, description: '分区域目标的区域名称（原文），如 驿城区' },
    { name: 'parent', type: 'id', required: false, description: '分区域目标所属的总目标编号' },
    { name: 'cumulative', type: 'boolean', required: true, description: 'true＝累计量（如处置面积），false＝时点比率（如供地率）' },
    note,
  ],
} as const satisfies TableSpec;

export const milestonesTable = {
  name: 'milestones',
  field: 'milestones',
  title: '阶段目标',
  description: '目标的阶段性节点，如“6月底完成50%”。',
  key: ['target', 'due'],
  columns: [
    { name: 'target', type: 'id', required: true, description: '目标编号' },
    notice,
    clause,
    { name: 'due', type: 'date', required: true, description: '节点日期（年-月-日）' },
    { name: 'due_text', type: 'text', required: false, description: '节点原文写法，如 6月底' },
    { name: 'value', type: 'number', required: true, description: '节点数值' },
    { name: 'unit', type: 'text', required: true, description: '% 表示占目标的比例，否则与目标单位相同' },
    note,
  ],
} as const satisfies TableSpec;

export const progressTable = {
  name: 'progress',
  field: 'progress',
  title: '进展报告',
  description: '针对目标报告的进展数值，每行注明出处；工作人员按时间追加。',
  key: ['target', 'as_of', 'unit'],
  columns: [
    { name: 'target', type: 'id', required: true, description: '目标编号' },
    { name: 'as_of', type: 'date', required: true, description: '数值对应的日期（年-月-日）' },
    { name: 'value', type: 'number', required: true, description: '报告数值' },
    { name: 'unit', type: 'text', required: true, description: '数值单位，如 亩、%' },
    { name: 'source', type: 'text', required: true, description: '出处：本站文件编号，或公开文件的标题/网址' },
    { name: 'source_clause', type: 'text', required: false, description: '出处条款锚点' },
    note,
  ],
} as const satisfies TableSpec;

export const taskUpdatesTable = {
  name: 'task-updates',
  field: 'taskUpdates',
  title: '任务进展报告',
  description: '任务的进展报告，每行注明出处；工作人员按时间追加。任务状态由此和期限计算得出。',
  key: ['task', 'as_of'],
  columns: [
    { name: 'task', type: 'id', required: true, description: '任务编号' },
    { name: 'as_of', type: 'date', required: true, description: '报告所说情况的日期（年-月-日）' },
    { name: 'state', type: 'enum', required: true, values: ['进行中', '已完成'], description: '报告的进展：进行中 或 已完成' },
    { name: 'source', type: 'text', required: true, description: '出处：本站文件编号，或公开文件的标题/网址' },
    note,
  ],
} as const satisfies TableSpec;

export const groupsTable = {
  name: 'groups',
  field: 'groups',
  title: '领导小组',
  description: '文件成立的领导小组及其下设工作组。',
  key: ['id'],
  columns: [
    { name: 'id', type: 'id', required: true, description: '小组编号，如 anze-2022-50-g1' },
    notice,
    clause,
    { name: 'name', type: 'text', required: true, description: '小组名称（原文）' },
    { name: 'parent', type: 'id', required: false, description: '下设工作组所属的领导小组编号' },
    { name: 'office', type: 'text', required: false, description: '办公室设在何处（原文）' },
    { name: 'duties', type: 'text', required: false, description: '职责（原文）' },
  ],
} as const satisfies TableSpec;

export const groupMembersTable = {
  name: 'group-members',
  field: 'groupMembers',
  title: '领导小组成员',
  description: '领导小组成员，按原文顺序。',
  key: ['group', 'order'],
  columns: [
    { name: 'group', type: 'id', required: true, description: '小组编号' },
    { name: 'order', type: 'integer', required: true, description: '原文中的顺序 1、2、3…' },
    { name: 'role', type: 'text', required: true, description: '职务，如 组长、副组长、成员、办公室主任' },
    { name: 'name', type: 'text', required: true, description: '姓名' },
    { name: 'position', type: 'text', required: true, description: '职务原文，如 县委副书记、政府代县长' },
  ],
} as const satisfies TableSpec;

export const regionalTable = {
  name: 'regional',
  field: 'regional',
  title: '分区域任务表',
  description: '文件附表中按区域分解的数字，一个单元格一行（长表）。',
  key: ['table', 'row', 'measure'],
  columns: [
    { name: 'table', type: 'id', required: true, description: '表编号，如 zhumadian-2021-19-a2' },
    notice,
    { ...clause, required: true },
    { name: 'row', type: 'integer', required: true, description: '原表中的行序' },
    { name: 'area', type: 'text', required: true, description: '行名称（原文），如 驿城区、合计' },
    { name: 'kind', type: 'enum', required: true, values: ['area', 'subtotal', 'total'], description: 'area＝区域，subtotal＝小计，total＝合计' },
    { name: 'parent', type: 'text', required: false, description: '这一行计入的小计/合计行名称' },
    { name: 'measure', type: 'text', required: true, description: '列名称（原文），多行表头用 / 连接' },
    { name: 'value', type: 'number', required: true, description: '数值（60% 写 60）' },
    { name: 'unit', type: 'text', required: true, description: '单位：亩、宗、%' },
  ],
} as const satisfies TableSpec;

export const regionalFormulasTable = {
  name: 'regional-formulas',
  field: 'regionalFormulas',
  title: '分区域表的计算关系',
  description: '附表中由其他列算出的列及其公式，用于核对原文数字是否自洽（只核对、不改动）。',
  key: ['table', 'measure'],
  columns: [
    { name: 'table', type: 'id', required: true, description: '表编号，如 zhumadian-2021-19-a2' },
    { name: 'measure', type: 'text', required: true, description: '由公式算出的列名称（原文）' },
    { name: 'formula', type: 'text', required: true, description: '公式：列名写在方括号中，可用 + - * / 和括号，如 [批准面积] - [供应面积]；% 列按小数计' },
    { name: 'source', type: 'text', required: true, description: '这个计算关系的依据，如 “未供面积＝批准面积－供应面积（表头含义）”' },
    note,
  ],
} as const satisfies TableSpec;

/**
 * Every table, in the order the data page lists them: the only list of tables. The content
 * collections, the dataset and its type, the check, the downloads and the data page all follow it.
 */
export const allTables = [unitsTable, tasksTable, taskUpdatesTable, targetsTable, milestonesTable, progressTable, groupsTable, groupMembersTable, regionalTable, regionalFormulasTable] as const;

/** One of the site's tables, with its exact columns. */
export type Table = (typeof allTables)[number];

/** The rows of every table, each under its table's `field` (`taskUpdates: TaskUpdateRow[]`). */
export type TableRows = { [T in Table as T['field']]: Array<RowOf<T>> };

export type UnitRow = RowOf<typeof unitsTable>;
export type TaskRow = RowOf<typeof tasksTable>;
export type TaskUpdateRow = RowOf<typeof taskUpdatesTable>;
export type TargetRow = RowOf<typeof targetsTable>;
export type MilestoneRow = RowOf<typeof milestonesTable>;
export type ProgressRow = RowOf<typeof progressTable>;
export type GroupRow = RowOf<typeof groupsTable>;
export type GroupMemberRow = RowOf<typeof groupMembersTable>;
export type RegionalRow = RowOf<typeof regionalTable>;
export type RegionalFormulaRow = RowOf<typeof regionalFormulasTable>;
