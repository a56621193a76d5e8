import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The publishing workflow (.github/workflows/site.yml), read as GitHub reads it.
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  'timeout-minutes'?: number;
}
const workflow = parse(readFileSync(path.resolve(import.meta.dirname, '../../.github/workflows/site.yml'), 'utf8')) as {
  on: { push: { branches: string[]; paths: string[] }; pull_request: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: { check: Job; deploy: Job };
};

describe('the publishing workflow', () => {
  const steps = workflow.jobs.check.steps;
  const index = (test: (step: Step) => boolean) => steps.findIndex(test);
  const deploysOnly = (step: Step | undefined) => expect(step?.if).toBe("env.DEPLOY == 'true'");

  it('runs on pushes to main that touch content, data or code, and on pull requests', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    for (const folder of ['content/**', 'data/**', 'src/**', 'package-lock.json']) expect(workflow.on.push.paths).toContain(folder);
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('installs from the lockfile, validates, tests, then builds and uploads, in that order', () => {
    const order = [
      index((step) => step.uses?.startsWith('actions/checkout') === true),
      index((step) => step.uses?.startsWith('actions/setup-node') === true),
      index((step) => /^npm (ci|install)\b/u.test(step.run ?? '')),
      index((step) => step.run === 'npm run check'),
      index((step) => step.run === 'npm test'),
      index((step) => step.uses?.startsWith('actions/configure-pages') === true),
      index((step) => step.run === 'npm run build'),
      index((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true),
    ];
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Checks run on every event; nothing before the build is skipped for pull requests.
    for (const step of steps.slice(0, order[4]! + 1)) expect(step.if, step.name ?? step.uses).toBeUndefined();
  });

  it('checks out the full history, for the change log and last-changed dates', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
  });

  it("finds a browser for the tests without installing Ubuntu's snap-only chromium", () => {
    const browser = steps.find((step) => step.run?.includes('CHROMIUM_PATH'));
    expect(browser?.run).toContain('GITHUB_ENV');
    expect(steps.some((step) => /apt-get install[^\n]*\bchromium\b/u.test(step.run ?? ''))).toBe(false);
  });

  it('builds for Pages only for main, at the address Pages gives', () => {
    expect(workflow.jobs.check.env?.['DEPLOY']).toBe("${{ github.event_name != 'pull_request' && github.ref == 'refs/heads/main' }}");
    deploysOnly(steps.find((step) => step.uses?.startsWith('actions/configure-pages')));
    const build = steps.find((step) => step.run === 'npm run build');
    deploysOnly(build);
    deploysOnly(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact')));
    expect(build?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      SITE_BASE: '${{ steps.pages.outputs.base_path }}/',
      SITE_URL_REQUIRED: 'true',
    });
    expect(steps.find((step) => step.uses?.startsWith('actions/configure-pages'))?.id).toBe('pages');
  });

  it('deploys only after the checks pass, never for pull requests, one deployment at a time', () => {
    expect(workflow.jobs.deploy.needs).toBe('check');
    expect(workflow.jobs.deploy.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    expect(workflow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'pages-${{ github.ref }}', 'cancel-in-progress': false });
  });

  it('gives the checks no write access and every job a time limit', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.values(workflow.jobs.check.permissions ?? {})).not.toContain('write');
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });
});
