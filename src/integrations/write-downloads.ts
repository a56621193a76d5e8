// Makes every download of a project. In `astro build` this module is the project worker's thread
// (./project-worker.ts): it reads and checks the project, reports the problems, makes the downloads
// (~100 MB of CSV and JSON for 1,000 notices) and writes them into the folder it is sent.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblems, type DataProblem } from '../lib/data/problems.ts';
import { siteDownloads, type Download } from '../lib/data/downloads.ts';
import { siteDataOf } from '../lib/pages/site-data.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { resolveAsOf } from '../lib/tasks/status.ts';

/** What the project worker posts: first the problems, then, when asked to write, the count. */
export type ProjectWorkerMessage = { type: 'problems'; problems: DataProblem[] } | { type: 'written'; count: number };

/** The downloads of the project at `root`, read from its files, and its errors as text ('' when none). */
export function downloadsOf(root: string): { downloads: Download[]; errors: string } {
  const { dataset, problems } = loadProject(root);
  return { downloads: downloadsOfDataset(dataset), errors: formatProblems(problems.filter((problem) => problem.severity === 'error')) };
}

function downloadsOfDataset(dataset: ReturnType<typeof loadProject>['dataset']): Download[] {
  // Downloads show no change dates, so they need no git history.
  return siteDownloads(siteDataOf(dataset, { asOf: resolveAsOf(process.env['SITE_AS_OF']), history: [] }));
}

/** Writes files (path relative to `siteDir`, content) into `siteDir`; returns how many. */
function writeFiles(siteDir: string, files: ReadonlyArray<{ path: string; content: string }>): number {
  for (const folder of new Set(files.map((file) => path.dirname(path.join(siteDir, file.path))))) mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(path.join(siteDir, file.path), file.content);
  return files.length;
}

if (parentPort && (workerData as { project?: unknown } | undefined)?.project) {
  const port = parentPort;
  const { root } = (workerData as { project: { root: string } }).project;
  const { dataset, problems } = loadProject(root);
  port.postMessage({ type: 'problems', problems } satisfies ProjectWorkerMessage);
  // A project with errors stops the build; there is nothing to write.
  const files = problems.some((problem) => problem.severity === 'error') ? [] : downloadsOfDataset(dataset).map((file) => ({ path: file.path, content: file.content() }));
  port.once('message', ({ siteDir }: { siteDir: string }) => {
    port.postMessage({ type: 'written', count: writeFiles(siteDir, files) } satisfies ProjectWorkerMessage);
    port.close();
  });
}
