import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of the built site, as paths relative to the site directory. */
export function htmlFiles(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) found.push(path.relative(siteDir, full));
    }
  };
  walk(siteDir);
  return found.sort();
}

/** Parses one built page. */
export function readPage(siteDir: string, file: string): HTMLElement {
  return parse(readFileSync(path.join(siteDir, file), 'utf8'));
}

/** The file that serves a URL path (`/notices/x/` → `notices/x/index.html`), or undefined. */
export function fileForPath(siteDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!).replace(/^\//u, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((candidate) => {
    try {
      return statSync(path.join(siteDir, candidate)).isFile();
    } catch {
      return false;
    }
  });
}
