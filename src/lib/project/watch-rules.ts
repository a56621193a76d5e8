/**
 * Rules of `npm run watch` (scripts/watch.ts) that need no file system: which changes start a
 * rebuild, and which old builds may be deleted.
 */

/** Names that editors and spreadsheets write next to the file being edited, never site content. */
const SCRATCH = [/^\./u, /^~\$/u, /~$/u, /\.(?:swp|swx|tmp|bak|crdownload)$/iu, /^#.*#$/u, /^\.~lock\./u];

/**
 * Whether a change that the watcher reports under content/ or data/ can change the site.
 * `relativePath` is the path below the watched folder, or null when the watcher cannot say
 * (then it may be anything, so it counts). Editor and spreadsheet scratch files (`.x.csv.swp`,
 * `~$x.csv`, `.~lock.x.csv#`, `x.csv~`) do not count; any other file does, including ones the
 * check will reject (a misplaced file must not be ignored silently).
 */
export function isSourceChange(relativePath: string | null | undefined): boolean {
  if (!relativePath) return true;
  const name = relativePath.split(/[\\/]/u).pop() ?? '';
  return !SCRATCH.some((pattern) => pattern.test(name));
}

/**
 * Build folders to delete after a switch: all but the newest `keep`, and never `current`
 * (the one being served). Folder names are the build's start time in milliseconds.
 */
export function buildsToPrune(names: readonly string[], current: string | undefined, keep: number): string[] {
  const newestFirst = [...names].sort((a, b) => Number(b) - Number(a) || b.localeCompare(a));
  return newestFirst.slice(Math.max(0, keep)).filter((name) => name !== current);
}
