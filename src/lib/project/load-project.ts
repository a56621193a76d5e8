import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { decodeCsv, parseCsv } from '../data/csv.ts';
import { datasetFieldOfTable, type Dataset, type NoticeSummary } from '../data/dataset.ts';
import type { DataProblem } from '../data/problems.ts';
import { checkReferences } from '../data/references.ts';
import { allTables, type RowOf, type TableSpec } from '../data/tables.ts';
import { validateTable } from '../data/validate-table.ts';
import { assignClauseAnchors, splitMdxBlocks } from '../notices/clauses.ts';
import { validateNoticeFrontmatter } from '../notices/frontmatter.ts';

/** Where a project keeps its notices and data, relative to its root. */
export const NOTICES_DIR = 'content/notices';
export const DATA_DIR = 'data';

const listFiles = (directory: string, extension: string): string[] =>
  existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith(extension))
        .sort()
    : [];

/** Reads and validates one notice file (frontmatter and clause anchors). */
export function readNotice(root: string, fileName: string): { notice?: NoticeSummary; problems: DataProblem[] } {
  const file = `${NOTICES_DIR}/${fileName}`;
  const source = readFileSync(path.join(root, file), 'utf8');
  const result = validateNoticeFrontmatter(source, file);
  if (!result.data) return { problems: result.problems };
  const id = fileName.replace(/\.mdx$/u, '');
  const problems = [...result.problems];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) {
    problems.push({ file, line: 1, column: 1, message: `文件名“${fileName}”只能用小写英文字母、数字和连字符（如 anze-2022-50.mdx），它就是网页地址。`, messageEn: `File name "${fileName}" may use only lower-case letters, digits and hyphens; it becomes the page URL.`, severity: 'error' });
  }
  const anchors = assignClauseAnchors(splitMdxBlocks(result.body));
  const clauseIds = new Set(anchors.flatMap((anchor) => (anchor ? [anchor.id] : [])));
  return { notice: { id, file, frontmatter: result.data, clauseIds }, problems };
}

/** Reads and validates every CSV file of one table folder. */
export function readTable<T extends TableSpec>(root: string, table: T): { rows: Array<RowOf<T>>; problems: DataProblem[] } {
  const rows: Array<RowOf<T>> = [];
  const problems: DataProblem[] = [];
  for (const fileName of listFiles(path.join(root, DATA_DIR, table.name), '.csv')) {
    const file = `${DATA_DIR}/${table.name}/${fileName}`;
    const decoded = decodeCsv(readFileSync(path.join(root, file)), file);
    problems.push(...decoded.problems);
    if (decoded.problems.length > 0) continue;
    const result = validateTable(table, parseCsv(decoded.text, file), file);
    rows.push(...result.rows);
    problems.push(...result.problems);
  }
  return { rows, problems };
}

/**
 * Loads and checks the whole project: every notice's frontmatter, every CSV row, and every
 * reference between them. Used by `npm run check` and before each build.
 * Never throws for bad input: all problems are returned together.
 */
export function loadProject(root: string): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const notices: NoticeSummary[] = [];
  const unreadable = new Set<string>();
  for (const fileName of listFiles(path.join(root, NOTICES_DIR), '.mdx')) {
    const result = readNotice(root, fileName);
    problems.push(...result.problems);
    if (result.notice) notices.push(result.notice);
    else unreadable.add(fileName.replace(/\.mdx$/u, ''));
  }
  const seenNumbers = new Map<string, string>();
  for (const notice of notices) {
    const other = seenNumbers.get(notice.frontmatter.docNumber);
    if (other) problems.push({ file: notice.file, line: 2, column: 1, message: `文号 ${notice.frontmatter.docNumber} 与 ${other} 重复。`, messageEn: `Issue number (文号) ${notice.frontmatter.docNumber} is also used by ${other}.`, severity: 'error' });
    seenNumbers.set(notice.frontmatter.docNumber, notice.file);
  }

  const dataset: Dataset = { notices, units: [], tasks: [], taskUpdates: [], targets: [], milestones: [], progress: [], groups: [], groupMembers: [], regional: [], regionalFormulas: [] };
  for (const table of allTables) {
    const result = readTable(root, table);
    (dataset[datasetFieldOfTable[table.name]] as unknown[]) = result.rows;
    problems.push(...result.problems);
  }
  problems.push(...checkReferences(dataset, unreadable));
  return { dataset, problems };
}
