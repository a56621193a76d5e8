// What `npm run bench` reads off a built site folder: every HTML page's raw and gzip bytes (one file
// in memory at a time, so that it works on a 10,000-notice site), and the whole folder's bytes and files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageSize } from './budgets.ts';

/** Files of a folder, relative paths with `/`, without following links. */
function files(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Every HTML page of a built site (not Pagefind's or Astro's asset folders) with its raw and gzip bytes (zlib's default level, as static hosts serve them). */
export function htmlPageSizes(siteDir: string): PageSize[] {
  return files(siteDir)
    .filter((file) => file.endsWith('.html') && !/^(pagefind|_astro)\//u.test(file))
    .map((file) => {
      const content = readFileSync(path.join(siteDir, file));
      return { file, raw: content.length, gzip: gzipSync(content).length };
    });
}

/** Bytes and files of a folder (0 and 0 when it does not exist). */
export function folderTotals(directory: string): { bytes: number; files: number } {
  let list: string[];
  try {
    list = files(directory);
  } catch {
    return { bytes: 0, files: 0 };
  }
  return { bytes: list.reduce((total, file) => total + statSync(path.join(directory, file)).size, 0), files: list.length };
}

/** Every file of a folder with its bytes (relative paths with `/`). */
export function fileSizes(directory: string): Array<{ file: string; bytes: number }> {
  return files(directory).map((file) => ({ file, bytes: statSync(path.join(directory, file)).size }));
}
