// The threads of the project worker (./project-worker.ts), in `astro build`. Started without an
// output folder, a thread reads and checks the project, posts the problems (the validate-project
// integration stops the build on an error) and ends. Started with one (as Astro starts rendering
// pages, which leaves a core free), a thread reads the project again and writes every download
// (~90 MB of CSV and JSON for 1,000 notices) there, one file at a time. Two threads rather than one
// that keeps its reading: an idle thread keeps its heap, and the check's (the project's rows and
// every notice's compiled text, 0.7 GB at 3,000 notices) sat through Astro's bundling, the build's
// memory peak.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { datasetDownloads } from '../lib/data/downloads.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { resolveAsOf } from '../lib/tasks/status.ts';
import type { ProjectWorkerData, ProjectWorkerMessage } from './project-worker.ts';

if (!parentPort) throw new Error('project-worker-thread.ts runs as the project worker thread (./project-worker.ts).');
const port = parentPort;
const { root, siteDir } = workerData as ProjectWorkerData;

if (siteDir === undefined) {
  port.postMessage({ type: 'problems', problems: loadProject(root).problems } satisfies ProjectWorkerMessage);
} else {
  const files = datasetDownloads(loadProject(root).dataset, resolveAsOf(process.env['SITE_AS_OF']));
  for (const folder of new Set(files.map((file) => path.dirname(path.join(siteDir, file.path))))) mkdirSync(folder, { recursive: true });
  // Each file is made as it is written, so that only one is in memory at a time (all of them together
  // are about 450 MB of text at 3,000 notices).
  for (const file of files) writeFileSync(path.join(siteDir, file.path), file.content());
  port.postMessage({ type: 'written', count: files.length } satisfies ProjectWorkerMessage);
}
port.close();
