// Generates a synthetic corpus of N notices from the real ones, as a complete project copy
// outside content/ and data/: notice k is a copy of real notice (k mod 5) with its own id and
// document number, and its CSV rows copied proportionally. Units (per jurisdiction) are shared.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { allTables } from '../../src/lib/data/tables.ts';
import { toCsv } from '../../src/lib/data/export.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Gives a generated project a `node_modules` folder of links to the installed packages, so that it
 * resolves the same dependencies but keeps its own caches (Astro's data store in `.astro`, Vite's in
 * `.vite`): with one shared folder, each build would start from the cache another project left.
 */
function linkDependencies(target: string): void {
  const folder = path.join(target, 'node_modules');
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(folder, name));
  }
}

/** Removes what a build of a generated project leaves (output and caches), so the next build starts cold. */
export function clearBuild(project: string): void {
  for (const entry of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(path.join(project, entry), { recursive: true, force: true });
}

/**
 * The document number of copy `serial` of a corpus made from `originals` notices: the original's
 * issuer and year, numbered 1000, 1001, … among the copies of one original, so that it keeps the four
 * digits the frontmatter check allows up to 45,000 notices (1000 + serial failed from 9,000 on).
 */
export function copyDocNumber(docNumber: string, serial: number, originals: number): string {
  return docNumber.replace(/〕\d+号$/u, `〕${1000 + Math.floor(serial / originals)}号`);
}

/** Writes a project with `size` notices into `target` (replaced) and returns its path. */
export function generateCorpus(size: number, target: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(target, entry), { recursive: true });
  }
  linkDependencies(target);
  const noticesDir = path.join(ROOT, 'content/notices');
  const originals = readdirSync(noticesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.replace(/\.mdx$/u, ''));
  if (originals.length === 0) throw new Error('no notices in content/notices to copy');
  mkdirSync(path.join(target, 'content/notices'), { recursive: true });

  const copies = Array.from({ length: size }, (_, index) => {
    const original = originals[index % originals.length]!;
    return { original, id: index < originals.length ? original : `${original}-syn${index}`, serial: index };
  });

  for (const { original, id, serial } of copies) {
    let source = readFileSync(path.join(noticesDir, `${original}.mdx`), 'utf8');
    if (id !== original) {
      const docNumber = /^docNumber:\s*(.+)$/mu.exec(source)?.[1]?.trim() ?? '';
      const renumbered = copyDocNumber(docNumber, serial, originals.length);
      source = source.split(docNumber).join(renumbered);
    }
    writeFileSync(path.join(target, 'content/notices', `${id}.mdx`), source);
  }

  for (const table of allTables) {
    const directory = path.join(ROOT, 'data', table.name);
    if (!existsSync(directory)) continue;
    mkdirSync(path.join(target, 'data', table.name), { recursive: true });
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.csv'))) {
      const text = readFileSync(path.join(directory, file), 'utf8').replace(/^\uFEFF/u, '');
      const original = file.replace(/\.csv$/u, '');
      if (!originals.includes(original)) {
        writeFileSync(path.join(target, 'data', table.name, file), text);
        continue;
      }
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      for (const { id } of copies.filter((copy) => copy.original === original)) {
        const renamed = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value.split(original).join(id)])));
        writeFileSync(path.join(target, 'data', table.name, `${id}.csv`), toCsv(table.columns, renamed));
      }
    }
  }
  return target;
}

/**
 * Writes the plain-Astro baseline: the same MDX files rendered by a bare Astro + MDX project with
 * one page per notice and no project features (no validation, data, plugins, search index).
 */
export function generateBaseline(corpus: string, target: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'src/pages'), { recursive: true });
  linkDependencies(target);
  cpSync(path.join(corpus, 'content'), path.join(target, 'content'), { recursive: true });
  writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name: 'baseline', type: 'module', private: true }));
  writeFileSync(
    path.join(target, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  writeFileSync(
    path.join(target, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { notices: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/notices' }) }) };\n",
  );
  writeFileSync(
    path.join(target, 'src/pages/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('notices')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{Astro.props.entry.data.title}</title></head><body><Content components={{ EditorialNote: 'aside' }} /></body></html>\n",
  );
  return target;
}
