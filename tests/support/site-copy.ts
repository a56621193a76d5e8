import { cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** The checkout the tests run in. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A frozen copy of the site's content/ and data/ as they were when the content-specific tests were
 * written: those tests run on it, so that staff editing content/ and data/ never breaks them.
 */
export const FROZEN_PROJECT = path.join(ROOT, 'tests/fixtures/frozen-site');

/** What a site needs besides its content and data (public/ only when the checkout has one). */
const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the site's code into `into` (a project made by `makeProject`, or an empty folder) and links
 * this checkout's node_modules, so that a test can run `astro dev`, `npm run watch` … on a copy
 * whose files it may edit. With `withContent`, content/ and data/ are copied too: the real ones, or
 * those of `contentFrom` (e.g. {@link FROZEN_PROJECT}).
 */
export function copySiteCode(into: string, { withContent = false, contentFrom = ROOT }: { withContent?: boolean; contentFrom?: string } = {}): string {
  for (const entry of CODE) {
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(into, entry), { recursive: true });
  }
  if (withContent) for (const entry of ['content', 'data']) cpSync(path.join(contentFrom, entry), path.join(into, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(into, 'node_modules'));
  return into;
}

/**
 * Environment for a child process that runs Astro as staff would: without what vitest sets
 * (NODE_ENV=test makes `astro dev` serve nothing), with telemetry off and statuses pinned.
 */
export function siteEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')) env[name] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', SITE_AS_OF: '2023-12-31', ...extra };
}
