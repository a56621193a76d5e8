import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSearchIndex } from '../../../scripts/search-index.ts';
import { ROOT } from '../../support/site-copy.ts';

/**
 * Builds the project at `project` as `npm run build` does (Astro, then the exact-search Pagefind
 * index) into `outDir`, with `env`. Throws with the build's output when it fails; returns that output.
 */
export async function buildSite(project: string, outDir: string, env: NodeJS.ProcessEnv, { quiet = false } = {}): Promise<string> {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: project,
    env,
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
    maxBuffer: 1 << 28,
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`astro build in ${project} failed (${result.error?.message ?? `status ${result.status}`}):\n${output.slice(-4000)}`);
  await buildSearchIndex(outDir);
  return output;
}
