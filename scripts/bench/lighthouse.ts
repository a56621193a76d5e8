// Lighthouse scores (performance, accessibility, best practices, SEO) for a built site's main
// page types, in Debian's Chromium (CHROME_PATH or CHROMIUM_PATH; nothing is downloaded).
import { existsSync } from 'node:fs';
import { serveStatic } from '../static-server.ts';

const CHROMIUM = process.env['CHROME_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;

/** Scores (0–100) of each path, or undefined without Chromium. */
export async function lighthouseScores(siteDir: string, paths: readonly string[]): Promise<Array<{ path: string; scores: LighthouseScores }> | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { server, url } = await serveStatic(siteDir);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results: Array<{ path: string; scores: LighthouseScores }> = [];
    for (const path of paths) {
      const run = await lighthouse(`${url}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = run?.lhr.categories ?? {};
      results.push({
        path,
        scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])) as LighthouseScores,
      });
    }
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}

// `node scripts/bench/lighthouse.ts <site dir>` prints the scores of one built site.
if (import.meta.main) {
  const scores = await lighthouseScores(process.argv[2] ?? 'dist', ['/', '/notices/anze-2022-50/', '/tasks/', `/search/?q=${encodeURIComponent('批而未供')}`]);
  console.log(
    scores === undefined
      ? 'no Chromium found'
      : scores
          .map(
            ({ path, scores: s }) =>
              `${decodeURIComponent(path).padEnd(28)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s['best-practices']}  SEO ${s.seo}`,
          )
          .join('\n'),
  );
}
