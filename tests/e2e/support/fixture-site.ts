import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../../scripts/static-server.ts';
import { buildSearchIndex } from '../../../scripts/search-index.ts';
import { makeProject } from '../../support/project.ts';
import { ROOT, copySiteCode, siteEnv } from '../../support/site-copy.ts';

/** A built and served copy of the mini project with some files replaced (see makeProject). */
export interface FixtureSite {
  project: string;
  site: string;
  url: string;
  /** Stops the server and removes the copy. */
  close: () => void;
}

/** Builds the mini project with `overrides` as `astro build` does (and its search index, if asked) and serves it. */
export async function serveFixtureSite(overrides: Parameters<typeof makeProject>[0], { searchIndex = false } = {}): Promise<FixtureSite> {
  const project = copySiteCode(makeProject(overrides));
  const site = path.join(project, 'dist');
  execFileSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site], {
    cwd: project,
    env: siteEnv(),
    stdio: 'pipe',
  });
  if (searchIndex) await buildSearchIndex(site);
  const { server, url } = await serveStatic(site);
  return {
    project,
    site,
    url,
    close: () => {
      server.close();
      rmSync(project, { recursive: true, force: true });
    },
  };
}
