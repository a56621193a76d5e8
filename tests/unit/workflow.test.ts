import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Job { needs?: string; if?: string; steps: Step[]; permissions?: Record<string, string> }
const workflow = parse(readFileSync(path.resolve(import.meta.dirname, '../../.github/workflows/site.yml'), 'utf8')) as {
  on: { push: { branches: string[]; paths: string[] }; pull_request: unknown };
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: { check: Job; deploy: Job };
};

describe('the publishing workflow', () => {
  const steps = workflow.jobs.check.steps;
  const index = (test: (step: Step) => boolean) => steps.findIndex(test);

  it('runs on pushes to main that touch content, data or code, and on pull requests', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    for (const folder of ['content/**', 'data/**', 'src/**']) expect(workflow.on.push.paths).toContain(folder);
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('installs from the lockfile, validates, tests, then builds, in that order', () => {
    const order = [
      index((step) => step.uses?.startsWith('actions/checkout') === true),
      index((step) => step.uses?.startsWith('actions/setup-node') === true),
      index((step) => /npm (ci|install)/u.test(step.run ?? '')),
      index((step) => step.run === 'npm run check'),
      index((step) => step.run === 'npm test'),
      index((step) => step.run === 'npm run build'),
      index((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true),
    ];
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('deploys only after the checks pass, never for pull requests, one deployment at a time', () => {
    expect(workflow.jobs.deploy.needs).toBe('check');
    expect(workflow.jobs.deploy.if).toContain("github.event_name != 'pull_request'");
    expect(workflow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(workflow.jobs.deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.if).toContain("github.event_name != 'pull_request'");
  });
});
