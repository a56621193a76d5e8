// `npm run watch`: self-hosting mode. Serves the last good build and rebuilds the whole site
// (pages + search index) whenever content/ or data/ changes. Each build goes to a new folder;
// only when it and the data checks succeed does `.site/current` switch to it, so the server
// always serves a complete, consistent site. A failed rebuild keeps the last good site.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, watch } from 'node:fs';
import path from 'node:path';
import { formatProblems } from '../src/lib/data/problems.ts';
import { loadProject } from '../src/lib/project/load-project.ts';
import { serveStatic } from './static-server.ts';

const ROOT = process.cwd();
const SITE = path.join(ROOT, '.site');
const BUILDS = path.join(SITE, 'builds');
const CURRENT = path.join(SITE, 'current');
const BIN = path.join(ROOT, 'node_modules/.bin');
const KEEP = 3;

const log = (message: string) => console.log(`[watch ${new Date().toISOString().slice(11, 19)}] ${message}`);

function run(command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(BIN, command), args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Builds into a fresh folder and switches `current` to it; returns whether the site was updated. */
async function rebuild(): Promise<boolean> {
  const { problems } = loadProject(ROOT);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    log(`检查未通过，继续提供上一次成功的版本 / checks failed, still serving the last good site:\n${formatProblems(errors)}`);
    return false;
  }
  const target = path.join(BUILDS, String(Date.now()));
  const build = await run('astro', ['build', '--outDir', target]);
  const index = build.ok ? await run('node', ['scripts/search-index.ts', target]) : { ok: false, output: '' };
  if (!build.ok || !index.ok) {
    rmSync(target, { recursive: true, force: true });
    log(`构建失败，继续提供上一次成功的版本 / build failed, still serving the last good site:\n${(build.ok ? index : build).output.slice(-3000)}`);
    return false;
  }
  // Atomic switch: a new symlink renamed over the old one.
  const next = `${CURRENT}.next`;
  rmSync(next, { force: true });
  symlinkSync(target, next);
  renameSync(next, CURRENT);
  for (const old of readdirSync(BUILDS).sort().slice(0, -KEEP)) rmSync(path.join(BUILDS, old), { recursive: true, force: true });
  log(`网站已更新 / site updated: ${path.relative(ROOT, target)}`);
  return true;
}

mkdirSync(BUILDS, { recursive: true });
let running: Promise<unknown> = rebuild();
await running;
if (!existsSync(CURRENT)) log('还没有成功的版本可提供；修正错误后会自动构建 / no good build yet; fix the errors and it rebuilds');

const { url } = await serveStatic(CURRENT, Number(process.env['PORT'] ?? 4321));
log(`serving ${url}/`);

let timer: NodeJS.Timeout | undefined;
let pending = false;
const schedule = () => {
  clearTimeout(timer);
  // Editors save in several steps; wait for quiet before building.
  timer = setTimeout(() => {
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      log('检测到修改，重新构建 / change detected, rebuilding');
      await rebuild();
    });
  }, 300);
};
for (const folder of ['content', 'data']) {
  if (existsSync(path.join(ROOT, folder))) watch(path.join(ROOT, folder), { recursive: true }, schedule);
}
