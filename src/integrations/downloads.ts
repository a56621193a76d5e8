import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/data/problems.ts';
import { siteDownloads, type Download } from '../lib/pages/downloads.ts';
import { siteDataOf } from '../lib/pages/site-data.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { checkedProject } from './validate-project.ts';
import { resolveAsOf } from '../lib/tasks/status.ts';

/**
 * The downloads of the project at `root`, from its files (the validate-project integration has checked
 * them). `loaded` is the project as already loaded in this process, if any.
 */
function downloadsOf(root: string, loaded = loadProject(root)): { downloads: Download[]; errors: string } {
  const { dataset, problems } = loaded;
  // Downloads show no change dates, so they need no git history.
  const site = siteDataOf(dataset, { asOf: resolveAsOf(process.env['SITE_AS_OF']), history: [] });
  return { downloads: siteDownloads(site), errors: formatProblems(problems.filter((problem) => problem.severity === 'error')) };
}

/**
 * Writes the CSV and JSON downloads (src/lib/pages/downloads.ts) into the built site once the pages
 * are built, and serves them from the dev server. Plain files written in one pass instead of Astro
 * endpoints: a route per file made a build of many notices several times slower.
 */
export default function downloads(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'policy-site:downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { downloads: files } = downloadsOf(root, checkedProject(root));
        for (const folder of new Set(files.map((file) => path.dirname(path.join(site, file.path))))) mkdirSync(folder, { recursive: true });
        // Thousands of small files: keep a few writes in flight rather than one at a time.
        const queue = [...files];
        const writer = async () => {
          for (let file = queue.pop(); file !== undefined; file = queue.pop()) await writeFile(path.join(site, file.path), file.content());
        };
        await Promise.all(Array.from({ length: 8 }, writer));
        logger.info(`${files.length} 个下载文件 / download files written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!pathname.startsWith(base) || !/\.(csv|json)$/u.test(pathname)) return next();
          const wanted = pathname.slice(base.length);
          // Read the files on every request, so that a download always matches the files as they are now.
          const { downloads: files, errors } = downloadsOf(root);
          const file = files.find((candidate) => candidate.path === wanted);
          if (!file) return next();
          if (errors !== '') {
            response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(errors);
            return;
          }
          response.writeHead(200, { 'content-type': file.contentType }).end(file.content());
        });
      },
    },
  };
}
