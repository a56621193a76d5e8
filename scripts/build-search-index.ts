// Builds the Pagefind index of a built site from custom records (see src/lib/search/records.ts):
// every page with data-pagefind-body, its text with Han characters spaced so that search finds
// every page that contains a query, whatever the word segmentation. Usage: build-search-index.ts <site dir> [base path]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { searchRecordOf } from '../src/lib/search/records.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const base = (process.argv[3] ?? process.env['SITE_BASE'] ?? '/').replace(/\/?$/u, '/');

const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = path.join(entry.parentPath, entry.name);
  const relative = path.relative(site, file).split(path.sep).join('/');
  const url = `${base}${relative.replace(/(^|\/)index\.html$/u, '$1')}`;
  const record = searchRecordOf(readFileSync(file, 'utf8'), url);
  if (!record) continue;
  const added = await index.addCustomRecord({ ...record, language: 'zh-cn' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${relative}: ${added.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await close();
console.log(`search index: ${pages} pages → ${path.relative(process.cwd(), path.join(site, 'pagefind'))}`);
