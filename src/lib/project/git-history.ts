// The one module that runs git: the history of content/ and data/ for the change log, the Atom
// feed and the "last changed" dates. Parsing and describing are pure and unit-tested.
import { execFileSync } from 'node:child_process';
import { diffCsvRows, type RowDiff } from '../data/row-diff.ts';
import { allTables } from '../data/tables.ts';
import { CONTENT_DIR, DATA_DIR, tableDir } from './folders.ts';

/** One file touched by a commit, with the lines it added and removed. */
export interface FileChange {
  path: string;
  added: number;
  deleted: number;
  /** Blob ids of the file before and after the commit (absent when it did not exist), from `--raw`. */
  blobs?: { before?: string | undefined; after?: string | undefined } | undefined;
  /** For a CSV file whose versions could be read: the rows added, altered and removed. */
  rows?: RowDiff | undefined;
}

/** A commit that changed content or data. */
export interface ContentChange {
  commit: string;
  /** ISO 8601 commit date. */
  date: string;
  subject: string;
  files: FileChange[];
}

const RECORD = '\u001e';
const FIELD = '\u001f';
const NO_BLOB = /^0+$/u;

/**
 * Parses `git log --format=%x1e%H%x1f%cI%x1f%s --raw --numstat --no-abbrev` output, newest first as
 * git prints it (`--raw` lines are optional). Binary files (numstat `-`) count as 0 lines.
 */
export function parseGitLog(text: string): ContentChange[] {
  return text
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [header = '', ...lines] = record.split('\n');
      const [commit = '', date = '', subject = ''] = header.split(FIELD);
      const blobs = new Map<string, FileChange['blobs']>();
      for (const line of lines) {
        const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t(.+)$/u.exec(line);
        if (raw) blobs.set(raw[3]!, { before: NO_BLOB.test(raw[1]!) ? undefined : raw[1], after: NO_BLOB.test(raw[2]!) ? undefined : raw[2] });
      }
      const files = lines
        .map((line) => /^(\d+|-)\t(\d+|-)\t(.+)$/u.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match): FileChange => {
          const path = match[3]!;
          const file: FileChange = { path, added: Number(match[1]) || 0, deleted: Number(match[2]) || 0 };
          if (blobs.has(path)) file.blobs = blobs.get(path);
          return file;
        });
      return { commit, date, subject, files };
    })
    .filter((change) => change.files.length > 0);
}

/** Key columns of the table a data file belongs to (`data/<table>/…`), if it is a table. */
function keyOfFile(path: string): readonly string[] | undefined {
  return allTables.find((table) => path.startsWith(`${tableDir(table)}/`))?.key;
}

/**
 * Adds to each CSV file change the rows it added, altered and removed, given the text of its
 * blobs (`texts`, by blob id). A file whose versions are not all in `texts` keeps its line counts only.
 */
export function withRowDiffs(changes: readonly ContentChange[], texts: ReadonlyMap<string, string>): ContentChange[] {
  return changes.map((change) => ({
    ...change,
    files: change.files.map((file) => {
      const { before, after } = file.blobs ?? {};
      const readable = file.path.endsWith('.csv') && file.blobs !== undefined && [before, after].every((blob) => blob === undefined || texts.has(blob));
      if (!readable) return file;
      return { ...file, rows: diffCsvRows(before && texts.get(before), after && texts.get(after), keyOfFile(file.path)) };
    }),
  }));
}

/** When each file last changed: the newest change that touches it. */
export function lastChanged(changes: readonly ContentChange[], path: string): ContentChange | undefined {
  return changes.find((change) => change.files.some((file) => file.path === path || file.path.startsWith(`${path}/`)));
}

/** The newest change that touches a file matching `test` (e.g. any data file of one notice). */
export function lastChangedWhere(changes: readonly ContentChange[], test: (path: string) => boolean): ContentChange | undefined {
  return changes.find((change) => change.files.some((file) => test(file.path)));
}

/** Row labels as a short list: the first three, then how many more. */
const listOf = (labels: readonly string[]) => (labels.length <= 3 ? labels.join('、') : `${labels.slice(0, 3).join('、')} 等 ${labels.length} 行`);

/**
 * A plain description of a file change. For a CSV file with its row changes:
 * `新增 2 行：a、b；修改 1 行：c；删除 1 行：d` (rows named by their key), `新建文件，…`,
 * `删除文件（原有 3 行）`; otherwise the line counts.
 */
export function describeFileChange(file: FileChange): string {
  if (file.rows) {
    const { added, changed, removed } = file.rows;
    if (file.blobs?.before === undefined) return added.length > 0 ? `新建文件，${added.length} 行：${listOf(added)}` : '新建文件（只有表头）';
    if (file.blobs.after === undefined) return `删除文件（原有 ${removed.length} 行）`;
    const parts = [
      added.length > 0 ? `新增 ${added.length} 行：${listOf(added)}` : '',
      changed.length > 0 ? `修改 ${changed.length} 行：${listOf(changed)}` : '',
      removed.length > 0 ? `删除 ${removed.length} 行：${listOf(removed)}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join('；') : '格式调整，数据未变';
  }
  const what = file.path.endsWith('.csv') ? '行数据' : '行';
  if (file.deleted === 0) return `新增 ${file.added} ${what}`;
  if (file.added === 0) return `删除 ${file.deleted} ${what}`;
  return `新增 ${file.added} ${what}、删除 ${file.deleted} ${what}（修改一行计为删除一行、新增一行）`;
}

/** Reads blobs with one `git cat-file --batch`; returns their text by id (missing ones left out). */
function readBlobs(root: string, ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (ids.length === 0) return texts;
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: `${ids.join('\n')}\n`,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < output.length;) {
    const end = output.indexOf(10, offset);
    if (end < 0) break;
    const [id = '', type, size] = output.subarray(offset, end).toString('latin1').split(' ');
    offset = end + 1;
    if (type === undefined || size === undefined) continue; // "<id> missing"
    const length = Number(size);
    if (type === 'blob') texts.set(id, decoder.decode(output.subarray(offset, offset + length)));
    offset += length + 1;
  }
  return texts;
}

/**
 * Reads the history of `content/` and `data/` from git, newest first, with the rows each CSV
 * change added, altered and removed for the newest `rowDiffCommits` commits (older ones keep line
 * counts). Returns [] outside a git repository or without git, so a build from a source archive
 * still works (without history).
 */
export function readContentHistory(root: string, rowDiffCommits = 200): ContentChange[] {
  let changes: ContentChange[];
  try {
    const output = execFileSync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'log',
        '--no-merges',
        '--no-renames',
        `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`,
        '--raw',
        '--no-abbrev',
        '--numstat',
        '--',
        CONTENT_DIR,
        DATA_DIR,
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    changes = parseGitLog(output);
  } catch {
    return [];
  }
  const recent = changes.slice(0, rowDiffCommits);
  const ids = new Set(
    recent
      .flatMap((change) => change.files.filter((file) => file.path.endsWith('.csv')).flatMap((file) => [file.blobs?.before, file.blobs?.after]))
      .filter((id): id is string => id !== undefined),
  );
  try {
    return [...withRowDiffs(recent, readBlobs(root, [...ids])), ...changes.slice(rowDiffCommits)];
  } catch {
    return changes;
  }
}

/**
 * Of `paths` (files relative to `root`), the ones that had more than one line (a header and at
 * least one row) in some commit, from one `git log --numstat`. Undefined outside a git repository
 * or without git: then nothing is known of earlier versions.
 */
export function filesThatHadRows(root: string, paths: readonly string[]): Set<string> | undefined {
  if (paths.length === 0) return new Set();
  let output: string;
  try {
    output = execFileSync(
      'git',
      ['-c', 'core.quotePath=false', 'log', '--no-merges', '--no-renames', '--relative', '--format=%x1e', '--numstat', '--', ...paths],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch {
    return undefined;
  }
  // Newest first as git prints it; replay oldest first, counting each file's lines.
  const lines = new Map<string, number>();
  const had = new Set<string>();
  for (const record of output.split(RECORD).reverse()) {
    for (const match of record.matchAll(/^(\d+)\t(\d+)\t(.+)$/gmu)) {
      const count = (lines.get(match[3]!) ?? 0) + Number(match[1]) - Number(match[2]);
      lines.set(match[3]!, count);
      if (count > 1) had.add(match[3]!);
    }
  }
  return had;
}
