import { allTables } from '../data/tables.ts';
import type { ContentChange, FileChange } from '../project/git-history.ts';

/** How a change names a notice (its document number) and whether a data file's name is a notice. */
export interface ChangeNames {
  /** The notice's document number, e.g. `驻政办〔2021〕19号`, or undefined for an unknown id. */
  noticeLabel: (id: string) => string | undefined;
}

const TABLE_TITLES = new Map<string, string>(allTables.map((table) => [table.name, table.title]));
/** Up to this many rows are named in a sentence; more are only counted. */
const LISTED_ROWS = 3;
/** Up to this many notices (or jurisdictions) are described in a sentence; a commit touching more (a bulk edit) counts the rest. */
const LISTED_SCOPES = 5;

const rowsPhrase = (verb: string, title: string, labels: readonly string[]) =>
  labels.length === 0 ? '' : `${verb}${title} ${labels.length} 条${labels.length <= LISTED_ROWS ? `：${labels.join('、')}` : ''}`;

/** The subject a file belongs to (a notice's number, a jurisdiction) and what happened to it, in Chinese ('' when no row changed). */
function describeFile(file: FileChange, names: ChangeNames): { scope: string; phrase: string } {
  const created = file.blobs !== undefined && file.blobs.before === undefined;
  const deleted = file.blobs !== undefined && file.blobs.after === undefined;
  const notice = /^content\/notices\/(.+)\.mdx$/u.exec(file.path)?.[1];
  if (notice) {
    const scope = names.noticeLabel(notice) ?? notice;
    return { scope, phrase: created ? '新增文件全文' : deleted ? '撤下文件' : '修改文件正文' };
  }
  const data = /^data\/([^/]+)\/(.+)\.csv$/u.exec(file.path);
  if (!data) return { scope: '', phrase: `修改 ${file.path}` };
  const [, table = '', name = ''] = data;
  const title = TABLE_TITLES.get(table) ?? table;
  const scope = names.noticeLabel(name) ?? name;
  if (!file.rows) return { scope, phrase: created ? `新增${title}数据` : deleted ? `删除${title}数据` : `修改${title}数据` };
  const { added, changed, removed } = file.rows;
  const parts = [rowsPhrase('新增', title, added), rowsPhrase('修改', title, changed), rowsPhrase('删除', title, removed)].filter(Boolean);
  return { scope, phrase: parts.join('；') };
}

/**
 * A change written for the public, generated from what it did to the files (not from the commit
 * message): one clause per notice or jurisdiction, e.g.
 * `驻政办〔2021〕19号：新增进展报告 1 条：zhumadian-2021-19-clear / 2021-09-30 / 亩。`
 */
export function publicSentence(change: Pick<ContentChange, 'files'>, names: ChangeNames): string {
  // A file saved again without a changed row (e.g. re-saved from Excel) is not news.
  const described = change.files.map((file) => describeFile(file, names)).filter((part) => part.phrase !== '');
  if (described.length === 0 && change.files.length > 0) return '调整文件格式，数据未变。';
  const byScope = Map.groupBy(described, (part) => part.scope);
  const clauses = [...byScope].map(([scope, parts]) => `${scope ? `${scope}：` : ''}${parts.map((part) => part.phrase).join('；')}`);
  if (clauses.length > LISTED_SCOPES) return `${clauses.slice(0, LISTED_SCOPES).join('。')}。另有 ${clauses.length - LISTED_SCOPES} 件文件的内容或数据有修改。`;
  return clauses.length > 0 ? `${clauses.join('。')}。` : '没有文件变化。';
}

/** The files of a notice: its text and its rows in every data table. */
export const isNoticeFile = (path: string, noticeIds: ReadonlySet<string>): boolean => {
  const id = /^content\/notices\/(.+)\.mdx$/u.exec(path)?.[1] ?? /^data\/[^/]+\/(.+)\.csv$/u.exec(path)?.[1];
  return id !== undefined && noticeIds.has(id);
};

/**
 * The changes that touched the given notices' files (or the extra paths, e.g. a jurisdiction's units
 * file), each with only those files, newest first, at most `limit` of them: what one feed lists.
 */
export function changesFor(
  history: readonly ContentChange[],
  noticeIds: ReadonlySet<string>,
  extraPaths: ReadonlySet<string> = new Set(),
  limit = 20,
): ContentChange[] {
  const found: ContentChange[] = [];
  for (const change of history) {
    if (found.length >= limit) break;
    const files = change.files.filter((file) => isNoticeFile(file.path, noticeIds) || extraPaths.has(file.path));
    if (files.length > 0) found.push({ ...change, files });
  }
  return found;
}
