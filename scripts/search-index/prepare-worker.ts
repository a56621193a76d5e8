// Worker of scripts/search-index.ts: prepares its share of a built site's pages for the index
// (src/lib/search/index-page.ts) and posts each one as soon as it is ready, so that Pagefind
// indexes one page while the workers prepare the next.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { preparePage, type PreparedPage } from '../../src/lib/search/index-page.ts';

export interface PrepareJob {
  siteDir: string;
  /** The files of this worker, with their positions in the whole site's sorted list. */
  files: Array<{ file: string; position: number }>;
  bodyRequired: boolean;
}

/** One message per file: the prepared page, or `page: undefined` for a page that is not indexed. */
export interface PreparedMessage {
  file: string;
  position: number;
  page: PreparedPage | undefined;
}

const { siteDir, files, bodyRequired } = workerData as PrepareJob;
for (const { file, position } of files) {
  const message: PreparedMessage = { file, position, page: preparePage(readFileSync(path.join(siteDir, file), 'utf8'), bodyRequired) };
  parentPort?.postMessage(message);
}
