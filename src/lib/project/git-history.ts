import { execFileSync } from 'node:child_process';

/** One file touched by a commit, with the lines it added and removed (CSV: rows). */
export interface FileChange {
  path: string;
  added: number;
  deleted: number;
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

/**
 * Parses `git log --format=%x1e%H%x1f%cI%x1f%s --numstat` output, newest first as git prints it.
 * Binary files (numstat `-`) count as 0 lines.
 */
export function parseGitLog(text: string): ContentChange[] {
  return text
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [header = '', ...lines] = record.split('\n');
      const [commit = '', date = '', subject = ''] = header.split(FIELD);
      const files = lines
        .map((line) => /^(\d+|-)\t(\d+|-)\t(.+)$/u.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ path: match[3]!, added: Number(match[1]) || 0, deleted: Number(match[2]) || 0 }));
      return { commit, date, subject, files };
    })
    .filter((change) => change.files.length > 0);
}

/** When each file last changed: the newest change that touches it. */
export function lastChanged(changes: readonly ContentChange[], path: string): ContentChange | undefined {
  return changes.find((change) => change.files.some((file) => file.path === path || file.path.startsWith(`${path}/`)));
}

/** The newest change that touches a file matching `test` (e.g. any data file of one notice). */
export function lastChangedWhere(changes: readonly ContentChange[], test: (path: string) => boolean): ContentChange | undefined {
  return changes.find((change) => change.files.some((file) => test(file.path)));
}

/** A plain description of a file change: rows for CSV, lines for text. */
export function describeFileChange(file: FileChange): string {
  const what = file.path.endsWith('.csv') ? '行数据' : '行';
  if (file.deleted === 0) return `新增 ${file.added} ${what}`;
  if (file.added === 0) return `删除 ${file.deleted} ${what}`;
  return `新增 ${file.added} ${what}、删除 ${file.deleted} ${what}（修改一行计为删除一行、新增一行）`;
}

/**
 * Reads the history of `content/` and `data/` from git, newest first. Returns [] outside a git
 * repository or without git, so a build from a source archive still works (without history).
 */
export function readContentHistory(root: string): ContentChange[] {
  try {
    const output = execFileSync('git', ['log', '--no-merges', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, '--numstat', '--', 'content', 'data'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    return parseGitLog(output);
  } catch {
    return [];
  }
}
