import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const workflow = parse(readFileSync(join(root, '.github/workflows/site.yml'), 'utf8'));
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
type Step = { uses?: string; run?: string; if?: string; with?: Record<string, string> };
const steps = (job: string): Step[] => workflow.jobs[job].steps;

describe('GitHub Actions workflow', () => {
  it('runs on push to main, pull requests, a schedule and by hand', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \* \* \* \*$/); // hourly
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('never deploys two pushes out of order', () => {
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    expect(workflow.concurrency.group).toBeTruthy();
  });

  it('installs with a cache, checks, tests, builds and link-checks with npm scripts that exist', () => {
    const build = steps('build');
    expect(build.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.cache).toBe('npm');
    const commands = build.flatMap((s) => (s.run ? [s.run] : []));
    const order = ['npm ci', 'npm run check', 'npm test', 'npm run build', 'npm run check:links'].map((c) => commands.findIndex((r) => r.includes(c)));
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const run of commands) {
      for (const [, name] of run.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, name).toHaveProperty(name);
      if (run.includes('npm test')) expect(scripts).toHaveProperty('test');
    }
    expect(build.some((s) => s.uses?.startsWith('actions/cache') && s.with?.path === 'node_modules/.astro')).toBe(true);
    expect(build.some((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.path === 'test-results/screenshots/')).toBe(true);
  });

  it('spends the hourly run on publishing: checks, builds, link-checks, measures and deploys, without the tests', () => {
    const build = steps('build');
    const step = (command: string) => build.find((s) => s.run?.includes(command));
    for (const command of ['npm run format:check', 'npm test']) expect(step(command)?.if, command).toContain("github.event_name != 'schedule'");
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm run check:links', 'npm run site-size'])
      expect(step(command)?.if, command).toBeUndefined();
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.if).not.toContain('schedule');
    expect(workflow.jobs.deploy.if).not.toContain('schedule');
  });

  it('gives the build of a pull request no secrets and no token to write with', () => {
    const text = readFileSync(join(root, '.github/workflows/site.yml'), 'utf8');
    expect(workflow.on).not.toHaveProperty('pull_request_target');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(workflow.jobs.build)).not.toContain('secrets.');
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
    const checkout = steps('build').find((s) => s.uses?.startsWith('actions/checkout'));
    expect(String(checkout?.with?.['persist-credentials'])).toBe('false');
  });

  it('deploys dist/ with the official Pages actions, never from a pull request', () => {
    const upload = steps('build').find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with?.path).toBe('dist');
    expect(upload?.if).toContain("!= 'pull_request'");
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toContain("!= 'pull_request'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(steps('deploy').some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
