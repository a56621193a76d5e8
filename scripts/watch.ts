// `npm run watch`: self-hosting mode. Serves the last good build on PORT (default 4321; HOST
// defaults to 127.0.0.1, HOST=0.0.0.0 to expose it) and rebuilds the whole site (pages + search
// index) whenever content/ or data/ changes. Each build goes to a new folder, .site/builds/<time>/;
// only when the data checks, the build and the index all succeed does .site/current switch to it
// (a symlink replaced atomically), so the server always serves a complete, consistent site.
// A failed rebuild prints the error and keeps serving the last good site. A build during which a
// file under content/, data/ or public/ changed is not published either: its pages, downloads and
// index may come from different versions of the files (the next build reads them again).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, watch } from 'node:fs';
import path from 'node:path';
import { formatProblems } from '../src/lib/data/problems.ts';
import { projectFingerprint } from '../src/lib/project/fingerprint.ts';
import { CONTENT_DIR, DATA_DIR } from '../src/lib/project/folders.ts';
import { loadProject } from '../src/lib/project/load-project.ts';
import { buildsToPrune, isSourceChange } from '../src/lib/project/watch-rules.ts';
import { serveStatic } from './static-server.ts';

const ROOT = process.cwd();
const SITE = path.join(ROOT, '.site');
const BUILDS = path.join(SITE, 'builds');
const CURRENT = path.join(SITE, 'current');
const BIN = path.join(ROOT, 'node_modules/.bin');
/** Builds kept on disk: the one served and the previous ones, for pages still loading. */
const KEEP = 3;
/** Editors save in several writes; wait this long for quiet before building. */
const QUIET_MS = 300;

const stamp = () => new Date().toISOString().slice(11, 19);
const log = (message: string) => console.log(`[watch ${stamp()}] ${message}`);
const logError = (message: string) => console.error(`[watch ${stamp()}] ${message}`);

let child: ChildProcess | undefined;
let building: string | undefined;

function run(command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    child = spawn(path.join(BIN, command), args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => {
      child = undefined;
      resolve({ ok: code === 0, output });
    });
  });
}

/** Checks, builds into a fresh folder and switches `current` to it; returns whether the site was updated. */
async function rebuild(): Promise<boolean> {
  const before = projectFingerprint(ROOT);
  const { problems } = loadProject(ROOT);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (errors.length > 0) {
    logError(`检查未通过，继续提供上一次成功的版本 / checks failed, still serving the last good site:\n${formatProblems(errors)}`);
    return false;
  }
  if (warnings.length > 0) log(`请核对 / please check:\n${formatProblems(warnings)}`);

  const name = String(Date.now());
  const target = path.join(BUILDS, name);
  building = target;
  const build = await run('astro', ['build', '--outDir', target]);
  const index = build.ok ? await run('node', ['scripts/search-index.ts', target]) : { ok: false, output: '' };
  building = undefined;
  if (!build.ok || !index.ok) {
    rmSync(target, { recursive: true, force: true });
    logError(`构建失败，继续提供上一次成功的版本 / build failed, still serving the last good site:\n${(build.ok ? index : build).output.trim().slice(-4000)}`);
    return false;
  }
  if (projectFingerprint(ROOT) !== before) {
    rmSync(target, { recursive: true, force: true });
    log('构建期间文件有修改，这次构建不发布，重新构建 / files changed during the build, which is not published; rebuilding');
    again = true;
    return false;
  }
  // Atomic switch: a new (relative) symlink renamed over the old one.
  const next = `${CURRENT}.next`;
  rmSync(next, { force: true });
  symlinkSync(path.join('builds', name), next);
  renameSync(next, CURRENT);
  for (const old of buildsToPrune(readdirSync(BUILDS), name, KEEP)) rmSync(path.join(BUILDS, old), { recursive: true, force: true });
  log(`网站已更新 / site updated: ${path.relative(ROOT, target)}`);
  return true;
}

// One build at a time; changes made during a build start one more build after it.
let running = false;
let again = false;
async function requestBuild(reason: string): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    for (let first = true; first || again; first = false) {
      again = false;
      log(reason);
      try {
        await rebuild();
      } catch (error) {
        // Never let one bad moment (a file removed mid-read …) stop the watcher.
        logError(
          `重新构建出错，继续提供上一次成功的版本 / rebuild failed, still serving the last good site: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
      reason = '构建期间有新的修改，再次构建 / changed during the build, rebuilding';
    }
  } finally {
    running = false;
  }
}

const stop = () => {
  child?.kill();
  if (building) rmSync(building, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

mkdirSync(BUILDS, { recursive: true });
const { url } = await serveStatic(CURRENT, Number(process.env['PORT'] ?? 4321), process.env['HOST'] ?? '127.0.0.1');
log(`serving ${url}/${existsSync(CURRENT) ? '' : ' (还没有成功的版本 / no good build yet)'}`);

let timer: NodeJS.Timeout | undefined;
for (const folder of [CONTENT_DIR, DATA_DIR]) {
  const directory = path.join(ROOT, folder);
  if (!existsSync(directory)) {
    log(`${folder}/ 不存在，不会被监视 / ${folder}/ does not exist and is not watched`);
    continue;
  }
  watch(directory, { recursive: true }, (_event, filename) => {
    if (!isSourceChange(filename)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void requestBuild('检测到修改，重新构建 / change detected, rebuilding'), QUIET_MS);
  }).on('error', (error) => logError(`监视 ${folder}/ 出错 / watching ${folder}/ failed: ${error.message}`));
}
await requestBuild('构建网站 / building the site');
if (!existsSync(CURRENT)) logError('还没有成功的版本可提供；修正错误后会自动构建 / no good build yet; fix the errors and it rebuilds');
