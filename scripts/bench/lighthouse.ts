// Lighthouse scores (performance, accessibility, best practices, SEO) for pages of a built site, in
// Debian's Chromium (CHROME_PATH or CHROMIUM_PATH; nothing is downloaded). A page Lighthouse cannot
// finish (a very large page) gets the scores it could give and the error it reported.
import { existsSync } from 'node:fs';
import { serveStatic } from '../static-server.ts';
import { CHROMIUM as DEBIAN_CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts';

// Lighthouse's own variable first, as its documentation gives it.
const CHROMIUM = process.env['CHROME_PATH'] ?? DEBIAN_CHROMIUM;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;

export interface LighthouseResult {
  path: string;
  scores: LighthouseScores;
  /** Lighthouse's runtime error, or the exception of a run that did not finish. */
  error?: string;
  seconds: number;
}

/** Scores (0–100) of each path, one page after the other in one browser, or undefined without Chromium. */
export async function lighthouseScores(
  siteDir: string,
  paths: readonly string[],
  onResult?: (result: LighthouseResult) => void,
): Promise<LighthouseResult[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { server, url } = await serveStatic(siteDir);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const started = performance.now();
      try {
        const run = await lighthouse(`${url}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
        const categories = run?.lhr.categories ?? {};
        const error = run?.lhr.runtimeError?.message;
        results.push({
          path,
          scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])) as LighthouseScores,
          ...(error ? { error } : {}),
          seconds: (performance.now() - started) / 1000,
        });
      } catch (error) {
        results.push({
          path,
          scores: Object.fromEntries(CATEGORIES.map((name) => [name, 0])) as LighthouseScores,
          error: error instanceof Error ? error.message : String(error),
          seconds: (performance.now() - started) / 1000,
        });
      }
      onResult?.(results.at(-1)!);
    }
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}

// `node scripts/bench/lighthouse.ts <site dir> [path …]` prints the scores of pages of one built site.
if (import.meta.main) {
  const [siteDir = 'dist', ...asked] = process.argv.slice(2);
  const scores = await lighthouseScores(
    siteDir,
    asked.length > 0 ? asked : ['/', '/notices/anze-2022-50/', '/tasks/', `/search/?q=${encodeURIComponent('批而未供')}`],
  );
  console.log(
    scores === undefined
      ? 'no Chromium found'
      : scores
          .map(
            ({ path, scores: s, error }) =>
              `${decodeURIComponent(path).padEnd(28)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s['best-practices']}  SEO ${s.seo}${error ? `  (${error})` : ''}`,
          )
          .join('\n'),
  );
}
