// Which files of a project may be read: never one behind a symbolic link that leaves the project.
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_DIRS } from './folders.ts';

/** Whether `file`, with every link on its path followed, is not inside `root` (or does not exist). */
function outsideRoot(root: string, file: string): boolean {
  try {
    const realRoot = realpathSync(root);
    const target = realpathSync(file);
    return target !== realRoot && !target.startsWith(`${realRoot}${path.sep}`);
  } catch {
    return true;
  }
}

/**
 * Whether `file` is a symbolic link whose target is not inside `root` (or does not exist): such a
 * file would publish, or print in an error, a file that is not part of the repository.
 */
function leavesRoot(root: string, file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink() && outsideRoot(root, file);
  } catch {
    return true;
  }
}

/**
 * Whether something is at `folder` (relative to `root`) but it is outside `root`: a link to a folder
 * elsewhere, or a folder inside one. None of its files is read (the layout check reports the link).
 */
export function folderLeavesRoot(root: string, folder: string): boolean {
  const directory = path.join(root, folder);
  try {
    lstatSync(directory);
  } catch {
    return false;
  }
  return outsideRoot(root, directory);
}

/**
 * Names of the files in `folder` (relative to `root`) that end with `extension`, sorted; none if the
 * folder does not exist or {@link folderLeavesRoot}. Links that leave `root` are left out, never read
 * (the layout check reports them).
 */
export function filesIn(root: string, folder: string, extension: string): string[] {
  const directory = path.join(root, folder);
  return existsSync(directory) && !folderLeavesRoot(root, folder)
    ? readdirSync(directory)
        .filter((name) => name.endsWith(extension) && !leavesRoot(root, path.join(directory, name)))
        .sort()
    : [];
}

/** Every symbolic link under the source folders whose target is outside `root` (paths relative to root). */
export function linksLeavingRoot(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    const directory = path.join(root, relative);
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const inner = `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        if (leavesRoot(root, path.join(root, inner))) found.push(inner);
      } else if (entry.isDirectory()) walk(inner);
    }
  };
  for (const folder of SOURCE_DIRS) {
    const directory = path.join(root, folder);
    if (!existsSync(directory)) continue;
    if (leavesRoot(root, directory)) found.push(folder);
    else walk(folder);
  }
  return found.sort();
}
