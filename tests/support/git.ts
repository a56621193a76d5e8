import { execFileSync } from 'node:child_process';

/** Settings that keep a history made by a test independent of the machine's git configuration. */
const SETTINGS = [
  '-c',
  'user.name=测试',
  '-c',
  'user.email=test@example.org',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'init.defaultBranch=main',
  '-c',
  'core.quotePath=false',
];

/** Runs git in `root` with a fixed author and without signing or hooks; returns its output. */
export function git(root: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): string {
  return execFileSync('git', [...SETTINGS, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Commits `paths` (every change when none are given) with `message`, dated `date` (ISO 8601 with its
 * offset, e.g. `2023-01-10T09:00:00+08:00`) as author and committer date, so the commits, and the
 * change log made from them, are the same on every run.
 */
export function commit(root: string, message: string, date: string, paths: readonly string[] = []): void {
  git(root, ['add', '--all', '--', ...(paths.length > 0 ? paths : ['.'])]);
  git(root, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

/** Commits touching `paths` in the repository at `root` (merges left out, as the change log leaves them out). */
export function commitCount(root: string, paths: readonly string[]): number {
  return Number(git(root, ['rev-list', '--count', '--no-merges', 'HEAD', '--', ...paths]).trim());
}

/** The committer date (ISO 8601) of the newest commit touching `paths`, or undefined when none did. */
export function lastCommitDate(root: string, paths: readonly string[]): string | undefined {
  return git(root, ['log', '-1', '--no-merges', '--format=%cI', '--', ...paths]).trim() || undefined;
}
