import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_DIRS } from './folders.ts';

/**
 * A fingerprint of every file under the project's content/, data/ and public/: its path, size,
 * modification time (nanoseconds) and inode. Any write, replacement, addition, removal or rename
 * changes it, so equal fingerprints before and after a build mean the build read one version of
 * each file (`npm run watch` publishes only such builds). Costs one `lstat` per file.
 */
export function projectFingerprint(root: string, folders: readonly string[] = SOURCE_DIRS): string {
  const lines: string[] = [];
  for (const folder of folders) {
    const directory = path.join(root, folder);
    if (!existsSync(directory)) continue;
    for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      try {
        const stats = lstatSync(file, { bigint: true });
        lines.push(`${path.relative(root, file)}\t${stats.size}\t${stats.mtimeNs}\t${stats.ino}`);
      } catch {
        lines.push(`${path.relative(root, file)}\tgone`); // removed while listed: a change anyway
      }
    }
  }
  return lines.sort().join('\n');
}
