// Page weight of a built site: gzip bytes of the JavaScript each page ships, and of everything it
// loads (HTML, stylesheets, scripts). For `npm run bench`, and as a CLI:
//
//   node scripts/bench/page-weight.ts <site dir> [page …] [--base /repo/] [--json]
//
// Pages are URL paths (`/dashboard/`) or files (`dashboard/index.html`); without any, the chart
// pages are measured (the dashboard and every notice page). What counts as a page's JavaScript:
// external and inline scripts, module preloads, and every module they import statically, each
// file once. Dynamic `import()` (Pagefind's search, loaded when used) is not counted.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  /** The page as asked for. */
  page: string;
  /** Its HTML file, relative to the site directory. */
  file: string;
  /** gzip bytes of the HTML, of its stylesheets, of its JavaScript, and of all three. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** The JavaScript counted: site-relative files, and `inline` for each inline script. */
  scripts: string[];
}

export interface PageWeightOptions {
  /** The base path the site was built for (`/repo/` on GitHub Pages); asset URLs start with it. */
  base?: string;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const gzipBytes = (content: string | Buffer) => gzipSync(content).length;

/** The HTML file serving a page path: `/dashboard/` → `dashboard/index.html`. */
export function pageFile(siteDir: string, page: string, base = '/'): string {
  let clean = decodeURIComponent(page.split(/[?#]/u)[0]!);
  if (clean.startsWith(base)) clean = `/${clean.slice(base.length)}`;
  clean = clean.replace(/^\/+/u, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  const found = candidates.find((candidate) => existsSync(path.join(siteDir, candidate)) && statSync(path.join(siteDir, candidate)).isFile());
  if (!found) throw new Error(`no page ${page} in ${siteDir}`);
  return found;
}

/** Static import specifiers of a module: `import x from "a"`, `import "b"`, `export * from "c"` (not `import("d")`). */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/gu)) found.push(match[1]!);
  return found;
}

/** Resolves an asset URL of a page to a site-relative file, or undefined when it is not on the site. */
function assetFile(url: string, fromFile: string, base: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//iu.test(url) || url.startsWith('data:')) return undefined;
  if (!url.startsWith('/') && !url.startsWith('.')) return undefined; // a bare module specifier
  const fromUrl = `/${fromFile.split(path.sep).join('/')}`;
  let pathname = decodeURIComponent(new URL(url, `http://site${url.startsWith('/') ? '' : fromUrl}`).pathname);
  if (pathname.startsWith(base)) pathname = `/${pathname.slice(base.length)}`;
  return pathname.replace(/^\/+/u, '');
}

/** Weighs each page of a built site. */
export async function pageWeights(siteDir: string, pages: readonly string[], options: PageWeightOptions = {}): Promise<PageWeight[]> {
  const base = options.base ?? '/';
  const cache = new Map<string, Buffer | undefined>();
  const read = async (file: string) => {
    if (!cache.has(file)) cache.set(file, existsSync(path.join(siteDir, file)) ? await readFile(path.join(siteDir, file)) : undefined);
    return cache.get(file);
  };
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const file = pageFile(siteDir, page, base);
    const html = (await read(file))!.toString('utf8');
    const document = parse(html);
    const scripts: string[] = [];
    let js = 0;
    const seen = new Set<string>();
    const addModule = async (source: string, from: string) => {
      for (const specifier of staticImports(source)) await addFile(assetFile(specifier, from, base));
    };
    const addFile = async (asset: string | undefined) => {
      if (asset === undefined || seen.has(asset)) return;
      seen.add(asset);
      const content = await read(asset);
      if (!content) return;
      js += gzipBytes(content);
      scripts.push(asset);
      await addModule(content.toString('utf8'), asset);
    };
    for (const script of document.querySelectorAll('script')) {
      if (!JS_TYPES.has((script.getAttribute('type') ?? '').toLowerCase())) continue;
      const src = script.getAttribute('src');
      if (src) await addFile(assetFile(src, file, base));
      else if (script.textContent.trim() !== '') {
        js += gzipBytes(script.textContent);
        scripts.push('inline');
        await addModule(script.textContent, file);
      }
    }
    for (const link of document.querySelectorAll('link[rel="modulepreload"]')) await addFile(assetFile(link.getAttribute('href') ?? '', file, base));
    let css = 0;
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const asset = assetFile(link.getAttribute('href') ?? '', file, base);
      const content = asset === undefined ? undefined : await read(asset);
      if (content) css += gzipBytes(content);
    }
    const htmlBytes = gzipBytes(html);
    weights.push({ page, file, html: htmlBytes, css, js, total: htmlBytes + css + js, scripts });
  }
  return weights;
}

/** The pages that carry charts: the dashboard and every notice page. */
export function chartPages(siteDir: string): string[] {
  const notices = path.join(siteDir, 'notices');
  const noticePages = existsSync(notices)
    ? readdirSync(notices)
        .filter((name) => !['region', 'year'].includes(name) && existsSync(path.join(notices, name, 'index.html')))
        .sort()
        .map((name) => `/notices/${name}/`)
    : [];
  return [...(existsSync(path.join(siteDir, 'dashboard/index.html')) ? ['/dashboard/'] : []), ...noticePages];
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const baseIndex = argv.indexOf('--base');
  const base = baseIndex === -1 ? '/' : (argv[baseIndex + 1] ?? '/');
  const positional = argv.filter((arg, index) => !arg.startsWith('--') && (baseIndex === -1 || index !== baseIndex + 1));
  const [siteDir, ...pages] = positional;
  if (!siteDir) {
    console.error('usage: node scripts/bench/page-weight.ts <site dir> [page …] [--base /repo/] [--json]');
    process.exitCode = 2;
    return;
  }
  const weights = await pageWeights(siteDir, pages.length > 0 ? pages : chartPages(siteDir), { base });
  if (json) {
    console.log(JSON.stringify(weights, null, 2));
    return;
  }
  const width = Math.max(4, ...weights.map((weight) => weight.page.length));
  console.log(`${'page'.padEnd(width)}  ${'JS gzip'.padStart(9)}  ${'total gzip'.padStart(10)}  (bytes)`);
  for (const weight of weights) console.log(`${weight.page.padEnd(width)}  ${String(weight.js).padStart(9)}  ${String(weight.total).padStart(10)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
