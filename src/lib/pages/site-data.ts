import type { GroupMemberRow, GroupRow, MilestoneRow, ProgressRow, RegionalFormulaRow, RegionalRow, TargetRow, TaskRow, TaskUpdateRow, UnitRow } from '../data/tables.ts';
import type { ClauseRef } from '../notices/clause-index.ts';
import type { NoticeListItem } from './notice-list.ts';

/** Everything the pages are built from, as plain arrays (see src/data/site-data.ts). */
export interface SiteData {
  notices: NoticeListItem[];
  /** Clause anchors of each notice's text, by notice id. */
  clauses: Record<string, ClauseRef[]>;
  units: UnitRow[];
  tasks: TaskRow[];
  taskUpdates: TaskUpdateRow[];
  /** The date statuses are computed for (SITE_AS_OF, or the build date). */
  asOf: string;
  targets: TargetRow[];
  milestones: MilestoneRow[];
  progress: ProgressRow[];
  groups: GroupRow[];
  groupMembers: GroupMemberRow[];
  regional: RegionalRow[];
  regionalFormulas: RegionalFormulaRow[];
}
