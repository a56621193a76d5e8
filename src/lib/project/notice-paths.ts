import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { normalizeDocNumber } from '../text/docnumber.ts';
import { splitFrontmatter } from '../notices/frontmatter.ts';
import { NOTICES_DIR } from './folders.ts';
import { filesIn } from './project-files.ts';

/**
 * Maps the normalised document number of every notice in `content/notices/` to its page path,
 * so that citations in other notices can link to it. Files whose frontmatter cannot be read
 * are skipped here, and a link that leaves the repository is not read: the project check reports them.
 */
export function publishedNoticePaths(root: string, base: string): Map<string, string> {
  const directory = path.join(root, NOTICES_DIR);
  const paths = new Map<string, string>();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  for (const fileName of filesIn(root, NOTICES_DIR, '.mdx')) {
    try {
      const parts = splitFrontmatter(readFileSync(path.join(directory, fileName), 'utf8'));
      const docNumber = (parts && (parse(parts.yaml) as { docNumber?: unknown }).docNumber) ?? undefined;
      if (typeof docNumber === 'string') paths.set(normalizeDocNumber(docNumber), `${prefix}notices/${fileName.replace(/\.mdx$/u, '')}/`);
    } catch {
      // Reported by the project check.
    }
  }
  return paths;
}
