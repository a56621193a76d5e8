import type { NoticeFrontmatter } from '../notices/frontmatter.ts';
import type { ClauseRef } from '../notices/clause-index.ts';
import type { GroupMemberRow, GroupRow, MilestoneRow, ProgressRow, RegionalFormulaRow, RegionalRow, TargetRow, TaskRow, TaskUpdateRow, UnitRow } from './tables.ts';

/** What the data checks need to know of a notice. */
export interface NoticeSummary {
  id: string;
  file: string;
  frontmatter: NoticeFrontmatter;
  /** Clause anchor ids present in the notice's text. */
  clauseIds: ReadonlySet<string>;
  /** The clause anchors of the notice's text with their citation labels, in order. */
  clauses: ClauseRef[];
}

/** Everything in `content/` and `data/`, validated row by row. */
export interface Dataset {
  notices: NoticeSummary[];
  units: UnitRow[];
  tasks: TaskRow[];
  taskUpdates: TaskUpdateRow[];
  targets: TargetRow[];
  milestones: MilestoneRow[];
  progress: ProgressRow[];
  groups: GroupRow[];
  groupMembers: GroupMemberRow[];
  regional: RegionalRow[];
  regionalFormulas: RegionalFormulaRow[];
}

/** Names of the table fields of {@link Dataset}, keyed by table name. */
export const datasetFieldOfTable = {
  units: 'units',
  tasks: 'tasks',
  'task-updates': 'taskUpdates',
  targets: 'targets',
  milestones: 'milestones',
  progress: 'progress',
  groups: 'groups',
  'group-members': 'groupMembers',
  regional: 'regional',
  'regional-formulas': 'regionalFormulas',
} as const satisfies Record<string, keyof Dataset>;
