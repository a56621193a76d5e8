import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { datasetDownloads } from '../lib/data/downloads.ts';
import { formatProblems } from '../lib/data/problems.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { resolveAsOf } from '../lib/tasks/status.ts';
import { projectWorker } from './project-worker.ts';

/**
 * Writes the CSV and gzip JSON downloads (src/lib/data/downloads.ts) into the built site, and serves them
 * from the dev server. Plain files made in one pass, not Astro endpoints: there are about 18 per notice,
 * and a build must not render a route for each. In `astro build` the project worker
 * (./project-worker.ts) makes them while Astro bundles, and writes them into the output folder while
 * Astro renders the pages (Astro has emptied the folder before bundling; pages and downloads have
 * different file names).
 */
export default function downloads(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let outDir = '';
  let writing: Promise<number> | undefined;
  return {
    name: 'policy-site:downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        const start = () => {
          writing = projectWorker(root).writeDownloads(outDir);
          // Reported when the build is done; keep an early failure from being "unhandled" meanwhile.
          writing.catch(() => {});
        };
        // Write once the bundles are built, as page rendering begins: bundling keeps every core
        // busy, while rendering runs on one and leaves the others to the worker. (A Vite `buildApp`
        // hook of order "post" runs after the environments are built, before Astro's own, which
        // renders the pages.) If it does not run, `astro:build:done` asks for the files itself.
        updateConfig({
          vite: { plugins: [{ name: 'policy-site:downloads-start', apply: 'build', buildApp: { order: 'post', handler: async () => start() } }] },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await (writing ?? projectWorker(root).writeDownloads(fileURLToPath(dir)));
        logger.info(`${count} 个下载文件 / download files written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const rawPath = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!/\.(csv|json|json\.gz)$/u.test(rawPath)) return next();
          let pathname: string;
          try {
            pathname = decodeURIComponent(rawPath);
          } catch {
            return next(); // not a path any download has
          }
          if (!pathname.startsWith(base)) return next();
          const wanted = pathname.slice(base.length);
          // Read the files on every request, so that a download always matches the files as they are now.
          const { dataset, problems } = loadProject(root);
          const file = datasetDownloads(dataset, resolveAsOf(process.env['SITE_AS_OF'])).find((candidate) => candidate.path === wanted);
          if (!file) return next();
          const errors = problems.filter((problem) => problem.severity === 'error');
          if (errors.length > 0) {
            response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(formatProblems(errors));
            return;
          }
          response.writeHead(200, { 'content-type': file.contentType }).end(file.content());
        });
      },
    },
  };
}
