/**
 * One Lighthouse run in a fresh headless Chromium that this module starts and stops. Shared by
 * the quality gate (tests/quality/lighthouse.test.ts: accessibility, best practices, SEO) and
 * `npm run bench` (performance, best of several runs).
 */
import lighthouse, { type RunnerResult } from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../tests/browser/chromium.ts';

/** A headless Chromium with a DevTools port, started for one Lighthouse run. */
interface DebuggableChromium {
  port: number;
  stop: () => Promise<void>;
}

/** Starts Chromium with a fresh profile and a DevTools port; resolves once the port is open. */
function startChromium(chromiumPath: string): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'left-open-lighthouse-'));
  const child: ChildProcess = spawn(
    chromiumPath,
    [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
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

/** What one run checks. */
export interface LighthouseRunOptions {
  chromiumPath: string;
  categories: readonly string[];
  skipAudits: readonly string[];
}

/**
 * One Lighthouse run (mobile defaults: emulated phone, simulated slow 4G and CPU slowdown) in its
 * own browser. Lighthouse asks to be run again when its trace fails (NO_NAVSTART and the like,
 * which a busy machine provokes), so a runtime error gets one retry; a low score never does.
 */
export async function runLighthouse(
  url: string,
  options: LighthouseRunOptions,
  attemptsLeft = 2,
): Promise<RunnerResult> {
  const browser = await startChromium(options.chromiumPath);
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...options.categories],
      skipAudits: [...options.skipAudits],
      // Without performance nothing is timed: no screenshot, and shorter waits for quiet.
      ...(options.categories.includes('performance')
        ? {}
        : {
            disableFullPageScreenshot: true,
            pauseAfterLoadMs: 250,
            networkQuietThresholdMs: 250,
            cpuQuietThresholdMs: 250,
          }),
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError && attemptsLeft > 1) return runLighthouse(url, options, attemptsLeft - 1);
    return result;
  } finally {
    await browser.stop();
  }
}
