import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSearchIndex } from '../../../scripts/search-index.ts';
import { serveStatic } from '../../../scripts/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where the site under test is built: never the user's dist/. */
export const SITE_DIR = path.join(ROOT, 'tests/.tmp/site');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

/** Builds the real site once (Astro, then the exact-search Pagefind index, as `npm run build`) and serves it for the browser tests. */
export default async function setup(project: TestProject) {
  rmSync(SITE_DIR, { recursive: true, force: true });
  const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
  // An "as of" date pins computed statuses so the tests do not depend on the day they run.
  const env = { ...process.env, SITE_AS_OF: process.env['SITE_AS_OF'] ?? '2023-12-31' };
  execFileSync(bin('astro'), ['build', '--outDir', SITE_DIR], { cwd: ROOT, env, stdio: 'inherit' });
  await buildSearchIndex(SITE_DIR);
  const { server, url } = await serveStatic(SITE_DIR);
  project.provide('siteDir', SITE_DIR);
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
