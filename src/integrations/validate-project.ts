import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { DataValidationError, formatProblems } from '../lib/data/problems.ts';
import { loadProject } from '../lib/project/load-project.ts';

/**
 * Checks every notice and data file, and every reference between them, before Astro builds.
 * In `astro build` any error stops the build (so the last good site stays published);
 * in `astro dev` the problems are logged and the per-file loaders show the overlay.
 */
export default function validateProject(): AstroIntegration {
  return {
    name: 'policy-site:validate-project',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems } = loadProject(fileURLToPath(config.root));
        const errors = problems.filter((problem) => problem.severity === 'error');
        const warnings = problems.filter((problem) => problem.severity === 'warning');
        if (warnings.length > 0) logger.warn(`\n${formatProblems(warnings)}`);
        if (errors.length === 0) return;
        if (command === 'build') throw new DataValidationError(errors);
        logger.error(`\n${formatProblems(errors)}`);
      },
    },
  };
}
