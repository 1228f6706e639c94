/**
 * Lighthouse 12 with its mobile defaults (emulated phone, simulated slow 4G and CPU slowdown) on
 * the home page, the first chapter and the first embed page of dist/: performance, accessibility,
 * best practices and SEO must each score at least 0.95. One run per page, each in a fresh
 * headless Chromium that this file starts and stops. A missing kind of page fails, never skips.
 */
import lighthouse, { type RunnerResult } from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
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

/** A headless Chromium with a DevTools port, started for one Lighthouse run. */
interface DebuggableChromium {
  port: number;
  stop: () => Promise<void>;
}

/** Starts Chromium with a fresh profile and a DevTools port; resolves once the port is open. */
function startChromium(): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'left-open-lighthouse-'));
  const child: ChildProcess = spawn(
    inject('chromiumPath'),
    [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) resolve({ port: Number(match[1]), stop });
    });
    void exited.then(() => reject(new Error(`Chromium exited before it opened a DevTools port:\n${stderr}`)));
  });
}

/**
 * One Lighthouse run in its own browser. Lighthouse asks to be run again when its trace fails
 * (NO_NAVSTART and the like, which a busy machine provokes), so a runtime error gets one retry;
 * a low score never does.
 */
async function audit(url: string, kind: AuditedPageKind, attemptsLeft = 2): Promise<RunnerResult> {
  const browser = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...lighthouseCategories],
      skipAudits: [...skippedAudits[kind].audits],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError && attemptsLeft > 1) return audit(url, kind, attemptsLeft - 1);
    return result;
  } finally {
    await browser.stop();
  }
}

const plan = planLighthouseAudits(builtPages());

test.each<AuditedPageKind>(['home', 'chapter', 'embed'])(
  'Lighthouse scores the %s page at least 0.95 in every category',
  async (kind) => {
    const path = plan.pages[kind];
    expect(path, plan.missing[kind]).toBeDefined();
    const result = await audit(`${siteUrl()}${path}`, kind);
    expect(result.lhr.runtimeError?.message, 'Lighthouse runtime error').toBeUndefined();
    const report = result.lhr as unknown as LighthouseReport;
    // The scores go to the log too, so a run shows how much headroom each page has.
    console.info(
      `Lighthouse ${path}: ${lighthouseCategories
        .map((id) => `${id} ${Math.round((result.lhr.categories[id]?.score ?? 0) * 100)}`)
        .join(', ')}`,
    );
    const shortfalls = lighthouseShortfalls(path ?? kind, result.lhr.categories);
    const reasons = shortfalls.length
      ? lighthouseCategories.flatMap((category) =>
          auditsLosingPoints(report, category).map((audit) => `${category}: ${audit}`),
        )
      : [];
    expect([...shortfalls, ...reasons.map((reason) => `  ${reason}`)]).toEqual([]);
  },
);
