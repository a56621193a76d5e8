// `npm run build [outDir]`: builds the site (pages, then the search index) into a fresh sibling
// folder of dist/ and puts it in place of dist/ only when both are complete. A build that fails, or
// is stopped or killed half-way, leaves the last good dist/ exactly as it was: Astro empties its
// output folder before it writes, so building straight into dist/ lost the site on every failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules/.bin');
const outDir = path.resolve(ROOT, process.argv[2] ?? 'dist');
const parent = path.dirname(outDir);
const name = path.basename(outDir);
/** Prefixes of this build's folders next to dist/: the one being built and the one being replaced. */
const NEXT = `.${name}.next-`;
const OLD = `.${name}.old-`;
const staging = path.join(parent, `${NEXT}${process.pid}`);
const replaced = path.join(parent, `${OLD}${process.pid}`);

/** Files that must exist for a build to count as complete: the home page, the 404 page, the search index. */
const REQUIRED_FILES = ['index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];

// Leftovers of builds that were killed: an unfinished build is removed; a site that was moved aside
// but never replaced (killed between the two renames of the swap) is put back. (Two builds of one
// checkout at the same time are not supported: the second removes the first one's folder, which then
// fails, leaving dist/ as it was.)
for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
  if (entry.startsWith(OLD) && !existsSync(outDir)) renameSync(path.join(parent, entry), outDir);
  else if (entry.startsWith(OLD) || entry.startsWith(NEXT)) rmSync(path.join(parent, entry), { recursive: true, force: true });
}

let child: ChildProcess | undefined;
const run = (command: string, args: string[]) =>
  new Promise<boolean>((resolve) => {
    child = spawn(path.join(BIN, command), args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(false);
    });
    child.on('close', (code) => {
      child = undefined;
      resolve(code === 0);
    });
  });

const giveUp = (message: string): never => {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}`);
  process.exit(1);
};
const keptMessage = existsSync(outDir)
  ? `${path.relative(ROOT, outDir)}/ 保持上一次成功构建的版本 / ${path.relative(ROOT, outDir)}/ still holds the last good build.`
  : '';
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    giveUp(`构建被中止。${keptMessage} / The build was stopped.`);
  });
}

rmSync(staging, { recursive: true, force: true });
if (!(await run('astro', ['build', '--outDir', staging]))) giveUp(`网站构建失败。${keptMessage} / The build failed.`);
if (!(await run('node', ['scripts/search-index.ts', staging]))) giveUp(`搜索索引生成失败。${keptMessage} / The search index failed.`);
const missing = REQUIRED_FILES.filter((file) => !existsSync(path.join(staging, file)));
if (missing.length > 0) giveUp(`构建结果不完整，缺少 ${missing.join('、')}。${keptMessage} / The build is incomplete: ${missing.join(', ')} missing.`);

// The swap: two renames on one file system, microseconds apart (a folder cannot be renamed over a
// non-empty one). A build killed between them leaves the old site in `.dist.old-<pid>`, which the
// next build puts back before it starts.
if (existsSync(outDir)) renameSync(outDir, replaced);
renameSync(staging, outDir);
rmSync(replaced, { recursive: true, force: true });
console.log(`\n网站已生成 / site built: ${path.relative(ROOT, outDir) || '.'}/`);
