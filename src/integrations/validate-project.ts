import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataValidationError, formatProblems, type DataProblem } from '../lib/data/problems.ts';
import { DATA_DIR, NOTICES_DIR } from '../lib/project/folders.ts';
import { loadProject } from '../lib/project/load-project.ts';
import { projectWorker } from './project-worker.ts';

function reportWarnings(problems: readonly DataProblem[], logger: AstroIntegrationLogger): void {
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (warnings.length > 0) logger.warn(`\n${formatProblems(warnings)}`);
}

/** The errors of `problems` as text, '' when there are none. */
const errorsOf = (problems: readonly DataProblem[]): string => formatProblems(problems.filter((problem) => problem.severity === 'error'));

/**
 * Checks every notice and data file, and every reference between them, before Astro builds.
 * In `astro build` any error stops the build (so the last good site stays published); the check
 * runs in the project worker (./project-worker.ts), and the build waits for it before Astro reads the
 * content, so that a broken notice is reported by this check (file, line, column and a sentence)
 * rather than by Astro's loader;
 * in `astro dev` the problems are logged, and each page that reads the data raises them in
 * the error overlay (see src/site-data.ts). The dev server also re-checks the project after
 * every edit under content/ or data/: whenever the set of problems changes it prints them (or
 * says they are fixed) and reloads the open page once more, so that the overlay follows the
 * files even when the edit changed no content entry (a notice whose frontmatter no longer
 * validates keeps its old entry) or the reload of the edit itself was lost while the page loaded.
 */
export default function validateProject(): AstroIntegration {
  let root = process.cwd();
  let building = false;
  /** The errors of the last check in dev, as text. */
  let lastErrors = '';
  return {
    name: 'policy-site:validate-project',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        building = command === 'build';
        if (building) {
          projectWorker(root);
          return;
        }
        const { problems } = loadProject(root);
        reportWarnings(problems, logger);
        lastErrors = errorsOf(problems);
        if (lastErrors !== '') logger.error(`\n${lastErrors}`);
      },
      // Before the content sync: Astro's own errors for a broken notice are a stack trace.
      'astro:config:done': async ({ logger }) => {
        if (!building) return;
        const worker = projectWorker(root);
        const problems = await worker.problems;
        reportWarnings(problems, logger);
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (errors.length === 0) return;
        await worker.stop();
        throw new DataValidationError(errors);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = [path.join(root, NOTICES_DIR), path.join(root, DATA_DIR)];
        let timer: NodeJS.Timeout | undefined;
        server.watcher.add(watched);
        server.watcher.on('all', (_event, changed) => {
          if (!watched.some((folder) => changed.startsWith(`${folder}${path.sep}`))) return;
          clearTimeout(timer);
          // Editors save in several writes; check once they are done.
          timer = setTimeout(() => {
            const now = errorsOf(loadProject(root).problems);
            if (now === lastErrors) return;
            lastErrors = now;
            if (now === '') logger.info('内容和数据检查通过 / content and data check out');
            else logger.error(`\n${now}`);
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }, 150);
        });
      },
    },
  };
}
