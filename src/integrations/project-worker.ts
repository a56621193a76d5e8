import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { DataProblem } from '../lib/data/problems.ts';

/** What the project worker's thread is started with. */
export interface ProjectWorkerData {
  root: string;
}

/** What the project worker's thread posts: first the problems, then, when asked to write, the count. */
export type ProjectWorkerMessage = { type: 'problems'; problems: DataProblem[] } | { type: 'written'; count: number };

/**
 * A worker thread that reads the project once per `astro build`: it checks the project (the
 * validate-project integration waits for the result before Astro reads the content), then makes
 * every download on another core while Astro syncs and bundles, and writes them when asked (the
 * downloads integration asks when page rendering starts). The thread is ./project-worker-thread.ts.
 */
export interface ProjectWorker {
  /** Every problem of the project's files (errors and warnings). */
  problems: Promise<DataProblem[]>;
  /** Writes the downloads into `siteDir`; resolves with the number of files written. */
  writeDownloads(siteDir: string): Promise<number>;
  /** Stops the worker (a build that fails has nothing to write). */
  stop(): Promise<void>;
}

const started = new Map<string, ProjectWorker>();

/** The project worker of `root`, started on the first call. */
export function projectWorker(root: string): ProjectWorker {
  const existing = started.get(root);
  if (existing) return existing;
  // From the project's own source: this module may run from a bundled copy of the config.
  const worker = new Worker(path.join(root, 'src/integrations/project-worker-thread.ts'), { workerData: { root } satisfies ProjectWorkerData });
  // Waiting for the worker must not keep a failed build's process alive; asking it to write does.
  worker.unref();
  let stopped: Error | undefined;
  const waiters = new Set<(message: ProjectWorkerMessage | Error) => void>();
  worker.on('message', (message: ProjectWorkerMessage) => {
    for (const waiter of waiters) waiter(message);
  });
  const fail = (error: Error) => {
    stopped ??= error;
    for (const waiter of waiters) waiter(error);
  };
  worker.once('error', fail);
  worker.once('exit', (code) => {
    if (code !== 0) fail(new Error(`The project worker stopped with code ${code}.`));
  });
  const next = <T extends ProjectWorkerMessage['type']>(type: T) =>
    new Promise<Extract<ProjectWorkerMessage, { type: T }>>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const waiter = (message: ProjectWorkerMessage | Error) => {
        if (message instanceof Error) reject(message);
        else if (message.type === type) resolve(message as Extract<ProjectWorkerMessage, { type: T }>);
        else return;
        waiters.delete(waiter);
      };
      waiters.add(waiter);
    });
  const problems = next('problems').then((message) => message.problems);
  // Reported by whoever awaits it; keep an early failure from being "unhandled" meanwhile.
  problems.catch(() => {});
  const handle: ProjectWorker = {
    problems,
    writeDownloads(siteDir) {
      worker.ref();
      const written = next('written').then((message) => message.count);
      worker.postMessage({ siteDir });
      return written;
    },
    async stop() {
      await worker.terminate();
    },
  };
  // A later build in the same process reads the project again.
  worker.once('exit', () => {
    if (started.get(root) === handle) started.delete(root);
  });
  started.set(root, handle);
  return handle;
}
