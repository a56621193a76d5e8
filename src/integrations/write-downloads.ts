// Writes every download of a project into a folder. Run in a worker thread by the downloads
// integration, so that the ~100 MB of CSV and JSON of 1,000 notices are made on another core while
// Astro builds the pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblems } from '../lib/data/problems.ts';
import { siteDownloads, type Download } from '../lib/pages/downloads.ts';
import { siteDataOf } from '../lib/pages/site-data.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { resolveAsOf } from '../lib/tasks/status.ts';

/** The downloads of the project at `root`, read from its files, and its errors as text ('' when none). */
export function downloadsOf(root: string): { downloads: Download[]; errors: string } {
  const { dataset, problems } = loadProject(root);
  // Downloads show no change dates, so they need no git history.
  const site = siteDataOf(dataset, { asOf: resolveAsOf(process.env['SITE_AS_OF']), history: [] });
  return { downloads: siteDownloads(site), errors: formatProblems(problems.filter((problem) => problem.severity === 'error')) };
}

/** Writes the downloads of the project at `root` into `siteDir`; returns how many files. */
export function writeDownloads(root: string, siteDir: string): number {
  const { downloads } = downloadsOf(root);
  for (const folder of new Set(downloads.map((file) => path.dirname(path.join(siteDir, file.path))))) mkdirSync(folder, { recursive: true });
  for (const file of downloads) writeFileSync(path.join(siteDir, file.path), file.content());
  return downloads.length;
}

if (parentPort && (workerData as { writeDownloads?: unknown } | undefined)?.writeDownloads) {
  const { root, siteDir } = (workerData as { writeDownloads: { root: string; siteDir: string } }).writeDownloads;
  parentPort.postMessage(writeDownloads(root, siteDir));
}
