import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeUtf8Text } from '../data/csv.ts';
import { readCsvFile } from '../data/csv-file.ts';
import { emptyDataset, type Dataset, type NoticeSummary } from '../data/dataset.ts';
import type { DataProblem } from '../data/problems.ts';
import { checkReferences, checkReportDates } from '../data/references.ts';
import { allTables, type RowOf, type TableSpec } from '../data/tables.ts';
import type { ValidatedTable } from '../data/validate-table.ts';
import { clauseIndexOf } from '../notices/clause-index.ts';
import { resolveAsOf } from '../tasks/status.ts';
import { validateNoticeFrontmatter } from '../notices/frontmatter.ts';
import { checkNoticeBody } from '../notices/mdx-body.ts';
import { DATA_DIR, NOTICES_DIR, tableDir } from './folders.ts';
import { filesThatHadRows } from './git-history.ts';
import { filesIn, folderLeavesRoot, linksLeavingRoot } from './project-files.ts';

/** Reads and validates one notice file (frontmatter, its text as MDX, clause anchors). */
function readNotice(root: string, fileName: string): { notice?: NoticeSummary; problems: DataProblem[] } {
  const file = `${NOTICES_DIR}/${fileName}`;
  const decoded = decodeUtf8Text(readFileSync(path.join(root, file)), file);
  if (decoded.problems.length > 0) return { problems: decoded.problems };
  const result = validateNoticeFrontmatter(decoded.text, file);
  const bodyProblems = checkNoticeBody(result.body, result.bodyLine, file);
  if (!result.data) return { problems: [...result.problems, ...bodyProblems] };
  const id = fileName.replace(/\.mdx$/u, '');
  const problems = [...result.problems, ...bodyProblems];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: `文件名“${fileName}”只能用小写英文字母、数字和连字符（如 anze-2022-50.mdx），它就是网页地址。`,
      messageEn: `File name "${fileName}" may use only lower-case letters, digits and hyphens; it becomes the page URL.`,
      severity: 'error',
    });
  }
  const clauses = clauseIndexOf(result.body);
  return { notice: { id, file, frontmatter: result.data, clauseIds: new Set(clauses.map((clause) => clause.id)), clauses }, problems };
}

/**
 * Reads and validates every CSV file of one table folder. Besides the valid rows and the
 * problems, returns the raw cells of rejected rows and whether every file could be read at all
 * (see {@link ValidatedTable}). Files with a header and no rows are added to `headerOnly`.
 */
function readTable<T extends TableSpec>(root: string, table: T, headerOnly: string[] = []): ValidatedTable<T> {
  const rows: Array<RowOf<T>> = [];
  const problems: DataProblem[] = [];
  const rejected: ValidatedTable<T>['rejected'] = [];
  // A folder that is not read may hold any row: references to its rows are not reported as unknown.
  let complete = !folderLeavesRoot(root, tableDir(table));
  for (const fileName of filesIn(root, tableDir(table), '.csv')) {
    const file = `${tableDir(table)}/${fileName}`;
    const result = readCsvFile(table, readFileSync(path.join(root, file)), file);
    if (result.headerOnly) headerOnly.push(file);
    rows.push(...result.rows);
    problems.push(...result.problems);
    rejected.push(...result.rejected);
    complete &&= result.complete;
  }
  return { rows, problems, rejected, complete };
}

/**
 * The valid rows of `table`, its files in name order and each file's rows in line order, and the
 * problems of its cells, through the same reading as {@link loadProject} but without its checks across
 * files: for a build whose project was checked already (src/site-data.ts in `astro build`).
 */
export function readTableRows<T extends TableSpec>(root: string, table: T): { rows: Array<RowOf<T>>; problems: DataProblem[] } {
  const { rows, problems } = readTable(root, table);
  return { rows, problems };
}

/** Files that are never content: version-control and editor leftovers, folder notes. */
const isIgnoredName = (name: string) => name.startsWith('.') || /^readme(?:\.[a-z]+)?$/iu.test(name);

/**
 * Finds files that would silently not be published: a folder under data/ that is no table
 * (a typo such as data/progres/), a file in a table folder that is not `.csv` (a workbook,
 * `.CSV`, `.txt`), a file directly in data/, a notice that is not `.mdx`, and a symbolic link in content/,
 * data/ or public/ that leaves the repository (it would publish a file that is not part of it).
 */
function checkLayout(root: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (file: string, message: string, messageEn: string) => problems.push({ file, line: 1, column: 1, message, messageEn, severity: 'error' });
  const tableNames: readonly string[] = allTables.map((table) => table.name);
  // Not in a folder outside the repository: its file names are not part of it either.
  const entries = (folder: string) =>
    existsSync(path.join(root, folder)) && !folderLeavesRoot(root, folder)
      ? readdirSync(path.join(root, folder), { withFileTypes: true }).filter((entry) => !isIgnoredName(entry.name))
      : [];
  for (const entry of entries(DATA_DIR)) {
    const where = `${DATA_DIR}/${entry.name}`;
    if (!entry.isDirectory()) {
      at(
        where,
        `文件不在任何表的文件夹中，不会发布：请放到 data/<表名>/ 下（表名：${tableNames.join('、')}）。`,
        `This file is in no table folder and would not be published: move it to data/<table>/ (tables: ${tableNames.join(', ')}).`,
      );
    } else if (!tableNames.includes(entry.name)) {
      at(
        where,
        `没有名为“${entry.name}”的表，这个文件夹中的文件不会发布：表名只能是 ${tableNames.join('、')}。`,
        `There is no table "${entry.name}", so nothing in this folder would be published: tables are ${tableNames.join(', ')}.`,
      );
    } else {
      for (const file of entries(where).filter((inner) => !inner.name.endsWith('.csv'))) {
        at(
          `${where}/${file.name}`,
          `“${file.name}”不是 .csv 文件，不会发布：数据文件要另存为“CSV UTF-8（逗号分隔）”，扩展名为小写 .csv。`,
          `File "${file.name}" is not a .csv file and would not be published: save data as "CSV UTF-8 (Comma delimited)" with a lower-case .csv extension.`,
        );
      }
    }
  }
  for (const link of linksLeavingRoot(root)) {
    at(
      link,
      '这是一个指向仓库之外（或指向不存在的文件）的符号链接，不会发布，也不会被读取：请把文件本身放进仓库，或删除这个链接。',
      'This is a symbolic link to a file outside the repository (or to nothing); it is neither read nor published: put the file itself in the repository, or remove the link.',
    );
  }
  for (const file of entries(NOTICES_DIR).filter((entry) => !entry.name.endsWith('.mdx'))) {
    at(
      `${NOTICES_DIR}/${file.name}`,
      `“${file.name}”不是 .mdx 文件，不会发布：文件正文写在 content/notices/<编号>.mdx 中。`,
      `File "${file.name}" is not an .mdx file and would not be published: notices are content/notices/<id>.mdx.`,
    );
  }
  return problems;
}

/**
 * Loads and checks the whole project: every notice's frontmatter, every CSV row, and every
 * reference between them. Used by `npm run check` and before each build.
 * `asOf` is the build's "as of" date (default: SITE_AS_OF, else today in China); reports dated
 * after it are errors. Never throws for bad input: all problems are returned together.
 */
export function loadProject(
  root: string,
  { asOf = resolveAsOf(process.env['SITE_AS_OF']) }: { asOf?: string } = {},
): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = checkLayout(root);
  const notices: NoticeSummary[] = [];
  const unreadable = new Set<string>();
  for (const fileName of filesIn(root, NOTICES_DIR, '.mdx')) {
    const result = readNotice(root, fileName);
    problems.push(...result.problems);
    if (result.notice) notices.push(result.notice);
    else unreadable.add(fileName.replace(/\.mdx$/u, ''));
  }
  const seenNumbers = new Map<string, string>();
  for (const notice of notices) {
    const other = seenNumbers.get(notice.frontmatter.docNumber);
    if (other)
      problems.push({
        file: notice.file,
        line: 2,
        column: 1,
        message: `文号 ${notice.frontmatter.docNumber} 与 ${other} 重复。`,
        messageEn: `Issue number (文号) ${notice.frontmatter.docNumber} is also used by ${other}.`,
        severity: 'error',
      });
    seenNumbers.set(notice.frontmatter.docNumber, notice.file);
  }

  const dataset = emptyDataset(notices);
  const rejectedRows: Record<string, ValidatedTable<TableSpec>['rejected']> = {};
  const incompleteTables = new Set<string>();
  const headerOnly: string[] = [];
  for (const table of allTables) {
    const result = readTable(root, table, headerOnly);
    (dataset[table.field] as unknown[]) = result.rows;
    problems.push(...result.problems);
    rejectedRows[table.name] = result.rejected;
    if (!result.complete) incompleteTables.add(table.name);
  }
  problems.push(...checkReferences(dataset, { notices: unreadable, rejectedRows, incompleteTables }));
  problems.push(...checkReportDates(dataset, asOf));
  // A file left with its header only: a template waiting for rows is fine, but one whose rows were
  // all deleted would take them off the site without a word.
  const emptied = filesThatHadRows(root, headerOnly);
  for (const file of headerOnly.filter((candidate) => emptied?.has(candidate))) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: '文件只剩表头，之前的版本中有数据行：这个文件的数据将从网站上消失。若是有意删除全部行，请核对；若是误删，请恢复这些行。',
      messageEn:
        'The file has only its header, and earlier versions had rows: its data will disappear from the site. Check that deleting every row was intended; restore them if not.',
      severity: 'warning',
    });
  }
  return { dataset, problems };
}
