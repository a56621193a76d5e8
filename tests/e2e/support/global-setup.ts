import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/static-server.ts';
import { ROOT } from '../../support/site-copy.ts';
import { buildSite } from './build-site.ts';
import { FROZEN_AS_OF, makeFrozenProject } from './frozen-site.ts';

/** Where the live site (this checkout's content/ and data/) is built: never the user's dist/. */
export const SITE_DIR = path.join(ROOT, 'tests/.tmp/site');
/** Where the frozen fixture project is made and built (its site in `dist/`). */
export const FROZEN_DIR = path.join(ROOT, 'tests/.tmp/frozen-project');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from this checkout's content/ and data/: only checks that hold for any valid content run on it. */
    liveSiteDir: string;
    liveSiteUrl: string;
    /** The site built from the frozen fixture (tests/fixtures/frozen-site/): the tests of particular notices, rows and counts run on it. */
    frozenSiteDir: string;
    frozenSiteUrl: string;
  }
}

/**
 * Builds two sites once (Astro, then the exact-search Pagefind index, as `npm run build`) and serves
 * them for the browser tests: the live one from this checkout, and the frozen fixture project with
 * the site's code copied in and a git history of its own.
 */
export default async function setup(project: TestProject) {
  // An "as of" date pins computed statuses so the tests do not depend on the day they run.
  const env = { ...process.env, SITE_AS_OF: process.env['SITE_AS_OF'] ?? '2023-12-31' };
  rmSync(SITE_DIR, { recursive: true, force: true });
  await buildSite(ROOT, SITE_DIR, env);

  rmSync(FROZEN_DIR, { recursive: true, force: true });
  mkdirSync(FROZEN_DIR, { recursive: true });
  makeFrozenProject(FROZEN_DIR);
  const frozenSite = path.join(FROZEN_DIR, 'dist');
  await buildSite(FROZEN_DIR, frozenSite, { ...env, SITE_AS_OF: FROZEN_AS_OF });

  const live = await serveStatic(SITE_DIR);
  const frozen = await serveStatic(frozenSite);
  project.provide('liveSiteDir', SITE_DIR);
  project.provide('liveSiteUrl', live.url);
  project.provide('frozenSiteDir', frozenSite);
  project.provide('frozenSiteUrl', frozen.url);
  return () => Promise.all([live, frozen].map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve())))).then(() => undefined);
}
