import { datasetFieldOfTable } from '../data/dataset.ts';
import { allTables, type TableSpec } from '../data/tables.ts';
import type { SiteData } from './site-data.ts';

/** Rows of a table from the site data, by table name. */
export function rowsOfTable(site: SiteData, table: TableSpec): ReadonlyArray<Record<string, unknown>> {
  const field = datasetFieldOfTable[table.name as keyof typeof datasetFieldOfTable];
  return site[field] as ReadonlyArray<Record<string, unknown>>;
}

/** A dataset as the data page lists it. */
export interface DatasetView {
  table: TableSpec;
  rowCount: number;
  /** Source files in the repository, e.g. data/tasks/anze-2022-50.csv. */
  files: string[];
}

/** Every table with its row count and the files its rows come from. */
export function buildDataPage(site: SiteData): DatasetView[] {
  return allTables.map((table) => {
    const rows = rowsOfTable(site, table) as ReadonlyArray<{ location?: { file: string } }>;
    return { table, rowCount: rows.length, files: [...new Set(rows.map((row) => row.location?.file ?? ''))].filter(Boolean).sort() };
  });
}
