import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { DataProblem } from '../lib/data/problems.ts';

/** What a project worker thread is started with: without `siteDir` it checks, with it it writes the downloads there. */
export interface ProjectWorkerData {
  root: string;
  siteDir?: string;
}

/** What a project worker thread posts, once: the check's problems, or the number of downloads written. */
export type ProjectWorkerMessage = { type: 'problems'; problems: DataProblem[] } | { type: 'written'; count: number };

/**
 * The project's work beside Astro in one `astro build`, on threads of their own
 * (./project-worker-thread.ts): one checks the project at once (the validate-project integration
 * waits for the result before Astro reads the content) and ends; another reads it again and writes
 * every download when asked (the downloads integration asks when page rendering starts, which leaves
 * a core free).
 */
export interface ProjectWorker {
  /** Every problem of the project's files (errors and warnings). */
  problems: Promise<DataProblem[]>;
  /** Writes the downloads into `siteDir`; resolves with the number of files written. */
  writeDownloads(siteDir: string): Promise<number>;
  /** Stops its threads (a build that fails has nothing to write). */
  stop(): Promise<void>;
}

const started = new Map<string, ProjectWorker>();

/**
 * Runs one project worker thread to its one message. `keepAlive: false` lets the process exit
 * while it runs (waiting for a check must not keep a failed build alive; writing must).
 */
function runThread<T extends ProjectWorkerMessage['type']>(
  data: ProjectWorkerData,
  type: T,
  keepAlive: boolean,
  threads: Set<Worker>,
): Promise<Extract<ProjectWorkerMessage, { type: T }>> {
  // From the project's own source: this module may run from a bundled copy of the config.
  const worker = new Worker(path.join(data.root, 'src/integrations/project-worker-thread.ts'), { workerData: data satisfies ProjectWorkerData });
  if (!keepAlive) worker.unref();
  threads.add(worker);
  return new Promise((resolve, reject) => {
    worker.on('message', (message: ProjectWorkerMessage) => {
      if (message.type === type) resolve(message as Extract<ProjectWorkerMessage, { type: T }>);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      threads.delete(worker);
      // After its message this does nothing; without one, the thread failed.
      reject(new Error(`The project worker stopped with code ${code} before it answered.`));
    });
  });
}

/** The project worker of `root`: its check starts on the first call. */
export function projectWorker(root: string): ProjectWorker {
  const existing = started.get(root);
  if (existing) return existing;
  const threads = new Set<Worker>();
  const problems = runThread({ root }, 'problems', false, threads).then((message) => message.problems);
  // Reported by whoever awaits it; keep an early failure from being "unhandled" meanwhile.
  problems.catch(() => {});
  // A later build in the same process reads the project again.
  const forget = () => {
    if (started.get(root) === handle) started.delete(root);
  };
  const handle: ProjectWorker = {
    problems,
    writeDownloads(siteDir) {
      const written = runThread({ root, siteDir }, 'written', true, threads).then((message) => message.count);
      written.then(forget, forget);
      return written;
    },
    async stop() {
      forget();
      await Promise.all([...threads].map((thread) => thread.terminate()));
    },
  };
  started.set(root, handle);
  return handle;
}
