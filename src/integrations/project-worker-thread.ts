// The thread of the project worker (./project-worker.ts), in `astro build`: the build's one check of
// the project, and its downloads. It reads and checks the project once and posts the problems (the
// validate-project integration stops the build on an error), then, once it is sent the output folder
// (as Astro starts rendering pages, which leaves a core free), makes every download from that same
// reading (~90 MB of CSV and JSON for 1,000 notices) and writes it there, one file at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { datasetDownloads } from '../lib/data/downloads.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { resolveAsOf } from '../lib/tasks/status.ts';
import type { ProjectWorkerData, ProjectWorkerMessage } from './project-worker.ts';

if (!parentPort) throw new Error('project-worker-thread.ts runs as the project worker thread (./project-worker.ts).');
const port = parentPort;
const { root } = workerData as ProjectWorkerData;

const { dataset, problems } = loadProject(root);
port.postMessage({ type: 'problems', problems } satisfies ProjectWorkerMessage);

port.once('message', ({ siteDir }: { siteDir: string }) => {
  // A project with errors stops the build; there is nothing to write.
  const files = problems.some((problem) => problem.severity === 'error') ? [] : datasetDownloads(dataset, resolveAsOf(process.env['SITE_AS_OF']));
  for (const folder of new Set(files.map((file) => path.dirname(path.join(siteDir, file.path))))) mkdirSync(folder, { recursive: true });
  // Each file is made as it is written, so that only one is in memory at a time (all of them together
  // are about 450 MB of text at 3,000 notices, and were held through the bundling, the build's peak).
  for (const file of files) writeFileSync(path.join(siteDir, file.path), file.content());
  port.postMessage({ type: 'written', count: files.length } satisfies ProjectWorkerMessage);
  port.close();
});
