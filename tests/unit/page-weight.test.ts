import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageFile, pageWeights, staticImports } from '../../scripts/bench/page-weight.ts';
import { folderTotals, htmlPageSizes } from '../../scripts/bench/site-figures.ts';

const SITE = path.resolve(import.meta.dirname, '../fixtures/page-weight/site');
const gz = (file: string) => gzipSync(readFileSync(path.join(SITE, file))).length;

describe('page weight', () => {
  it('finds static imports, not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";const l=()=>import("./lazy.js");')).toEqual([
      './x.js',
      './y.js',
      './z.js',
    ]);
    expect(staticImports('import a, { b } from \'/abs.js\'\nexport { c } from "./c.js"')).toEqual(['/abs.js', './c.js']);
  });

  it('maps page paths to files under the base path', () => {
    expect(pageFile(SITE, '/repo/charts/', '/repo/')).toBe('charts/index.html');
    expect(pageFile(SITE, 'charts/index.html', '/repo/')).toBe('charts/index.html');
    expect(pageFile(SITE, '/charts/?status=x#y')).toBe('charts/index.html');
    expect(() => pageFile(SITE, '/missing/')).toThrow(/no page/u);
  });

  it('counts a page’s scripts, their static imports once, preloads and inline modules, but not lazy imports or JSON', async () => {
    const [charts, plain] = await pageWeights(SITE, ['/repo/charts/', '/repo/plain/'], { base: '/repo/' });
    expect(charts!.scripts.sort()).toEqual(
      ['_astro/entry.js', '_astro/preloaded.js', '_astro/shared.js', '_astro/side-effect.js', 'charts/local.js', 'inline'].sort(),
    );
    const inline = 'import "./local.js"; document.documentElement.dataset.ready = "";';
    const files = ['_astro/entry.js', '_astro/shared.js', '_astro/side-effect.js', '_astro/preloaded.js', 'charts/local.js'];
    expect(charts!.js).toBe(files.reduce((sum, file) => sum + gz(file), 0) + gzipSync(inline).length);
    expect(charts!.css).toBe(gz('_astro/page.css'));
    expect(charts!.html).toBe(gz('charts/index.html'));
    expect(charts!.total).toBe(charts!.html + charts!.css + charts!.js);
    expect(plain).toMatchObject({ js: 0, scripts: [], css: gz('_astro/page.css') });
  });

  it('runs as a CLI: a table by default, JSON on request', () => {
    const script = path.resolve(import.meta.dirname, '../../scripts/bench/page-weight.ts');
    const table = execFileSync(process.execPath, [script, SITE, '/repo/charts/', '--base', '/repo/'], { encoding: 'utf8' });
    expect(table.split('\n')[0]).toMatch(/^page\s+JS gzip\s+total gzip/u);
    const json = JSON.parse(execFileSync(process.execPath, [script, SITE, '/plain/', '--json'], { encoding: 'utf8' })) as Array<{ file: string; js: number }>;
    expect(json).toMatchObject([{ file: 'plain/index.html', js: 0 }]);
  });
});

describe('site figures', () => {
  it('weighs every HTML page (not asset folders) raw and gzip, and totals a folder', () => {
    const pages = htmlPageSizes(SITE).sort((a, b) => a.file.localeCompare(b.file));
    expect(pages).toEqual(['charts/index.html', 'plain/index.html'].map((file) => ({ file, raw: readFileSync(path.join(SITE, file)).length, gzip: gz(file) })));
    const totals = folderTotals(SITE);
    expect(totals.files).toBeGreaterThan(pages.length);
    expect(totals.bytes).toBeGreaterThan(pages.reduce((sum, page) => sum + page.raw, 0));
    expect(folderTotals(path.join(SITE, 'missing'))).toEqual({ bytes: 0, files: 0 });
  });
});
