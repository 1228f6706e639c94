/**
 * Lighthouse runs in a headless Chromium started by chrome-launcher (the launcher Lighthouse's own
 * docs use: it picks a free DevTools port, waits for it, makes a fresh profile and removes it on
 * kill). Shared by the quality gate (tests/quality/lighthouse.test.ts: accessibility, best
 * practices, SEO, all pages in one browser) and `npm run bench` (performance, a fresh browser
 * for every timed run).
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { chromiumArgs } from '../tests/browser/chromium.ts';

/** Starts `chromiumPath` headless with a fresh profile and a DevTools port; `kill()` stops it and removes the profile. */
export function launchChromium(chromiumPath: string): Promise<LaunchedChrome> {
  return launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs], logLevel: 'error', handleSIGINT: true });
}

/** Runs `use` with a Chromium of its own, stopped afterwards whatever happens. */
export async function withChromium<T>(chromiumPath: string, use: (chrome: LaunchedChrome) => Promise<T>): Promise<T> {
  const chrome = await launchChromium(chromiumPath);
  try {
    return await use(chrome);
  } finally {
    chrome.kill();
  }
}

/** What one run checks, and the DevTools port of the Chromium it runs in. */
export interface LighthouseRunOptions {
  port: number;
  categories: readonly string[];
  skipAudits: readonly string[];
}

/**
 * One Lighthouse run (mobile defaults: emulated phone, simulated slow 4G and CPU slowdown) in a
 * new tab of the Chromium on `options.port`; Lighthouse clears the origin's storage (service
 * workers and caches included) before it loads the page, so runs sharing a browser do not see
 * each other. Lighthouse asks to be run again when its trace fails (NO_NAVSTART and the like,
 * which a busy machine provokes), so a runtime error gets one retry; a low score never does.
 */
export async function runLighthouse(
  url: string,
  options: LighthouseRunOptions,
  attemptsLeft = 2,
): Promise<RunnerResult> {
  const result = await lighthouse(url, {
    port: options.port,
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
}
