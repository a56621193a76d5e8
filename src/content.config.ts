// Every collection of the site: where its files are and what their rows must look like.
// Notices are MDX with validated frontmatter; every CSV table goes through the same
// located validation (src/lib/data) so a bad cell names its file, line and column.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import {
  groupMembersTable,
  groupsTable,
  milestonesTable,
  progressTable,
  regionalFormulasTable,
  regionalTable,
  targetsTable,
  tasksTable,
  taskUpdatesTable,
  unitsTable,
  type RowOf,
  type TableSpec,
} from './lib/data/tables.ts';
import { noticeFrontmatterSchema } from './lib/notices/frontmatter.ts';
import { NOTICES_DIR } from './lib/project/load-project.ts';
import { csvTableLoader, type CsvFileEntry } from './loaders/csv-loader.ts';

/** One entry per CSV file with its rows, validated by the loader; the schema only carries their type. */
const rowsOf = <T extends TableSpec>(table: T) =>
  defineCollection({
    loader: csvTableLoader(table),
    schema: z.custom<CsvFileEntry<RowOf<T>>>((value) => typeof value === 'object' && value !== null && Array.isArray((value as { rows?: unknown }).rows)),
  });

export const collections = {
  /** Published notices: `content/notices/<id>.mdx`. */
  notices: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${NOTICES_DIR}` }),
    schema: noticeFrontmatterSchema,
  }),
  /** Responsible units by jurisdiction, with aliases. */
  units: rowsOf(unitsTable),
  /** Tasks and measures with deadlines and responsible units. */
  tasks: rowsOf(tasksTable),
  /** Dated reports on tasks (进行中 / 已完成), each with its source. */
  taskUpdates: rowsOf(taskUpdatesTable),
  /** Quantitative targets, including per-area breakdowns. */
  targets: rowsOf(targetsTable),
  /** Interim milestones of targets. */
  milestones: rowsOf(milestonesTable),
  /** Dated progress values, each with its source. */
  progress: rowsOf(progressTable),
  /** Leadership groups and their sub-groups. */
  groups: rowsOf(groupsTable),
  /** Members of leadership groups, in printed order. */
  groupMembers: rowsOf(groupMembersTable),
  /** Per-area tables printed in notices, one row per cell. */
  regional: rowsOf(regionalTable),
  /** Derived columns of those tables, checked against the printed figures. */
  regionalFormulas: rowsOf(regionalFormulasTable),
};
