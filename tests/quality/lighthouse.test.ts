/**
 * Lighthouse 12 with its mobile defaults (emulated phone, simulated slow 4G and CPU slowdown) on
 * the home page, the first chapter and the first embed page of dist/: performance, accessibility,
 * best practices and SEO must each score at least 0.95. One run per page, in one headless
 * Chromium that this file starts and stops. A missing kind of page fails, never skips.
 */
import lighthouse from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  auditsLosingPoints,
  lighthouseCategories,
  lighthouseShortfalls,
  planLighthouseAudits,
  skippedAudits,
  type AuditedPageKind,
  type LighthouseReport,
} from '../../src/quality/lighthouse.ts';
import { builtPages, siteUrl } from '../browser/harness.ts';
import { chromiumArgs } from '../browser/chromium.ts';

let chromium: ChildProcess | undefined;
let port = 0;
const profile = mkdtempSync(join(tmpdir(), 'left-open-lighthouse-'));

/** Starts Chromium with a DevTools port and resolves with the port it chose. */
function startChromium(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(inject('chromiumPath'), [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    chromium = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it opened a DevTools port:\n${stderr}`)));
  });
}

beforeAll(async () => {
  port = await startChromium();
});
afterAll(() => {
  chromium?.kill();
  rmSync(profile, { recursive: true, force: true });
});

const plan = planLighthouseAudits(builtPages());

test.each<AuditedPageKind>(['home', 'chapter', 'embed'])('Lighthouse scores the %s page at least 0.95 in every category', async (kind) => {
  const path = plan.pages[kind];
  expect(path, plan.missing[kind]).toBeDefined();
  const result = await lighthouse(`${siteUrl()}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories], skipAudits: [...skippedAudits[kind].audits] });
  expect(result, 'Lighthouse returned no result').toBeDefined();
  const report = result?.lhr as unknown as LighthouseReport;
  expect(result?.lhr.runtimeError?.message, 'Lighthouse runtime error').toBeUndefined();
  const shortfalls = lighthouseShortfalls(path ?? kind, result?.lhr.categories ?? {});
  const reasons = shortfalls.length ? lighthouseCategories.flatMap((category) => auditsLosingPoints(report, category).map((audit) => `${category}: ${audit}`)) : [];
  expect([...shortfalls, ...reasons.map((reason) => `  ${reason}`)]).toEqual([]);
});
