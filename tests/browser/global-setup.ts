/**
 * Starts one static server over dist/ and one Chromium for all browser tests of a project and
 * hands their addresses to them (test files connect with harness.ts `connectBrowser`). Fails at
 * once, with instructions, when there is no build or no browser.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';
import { chromiumArgs, findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
    /** The WebSocket address of the shared Chromium, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does).');
  const { server, url } = await startStaticServer('dist', 0);
  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('siteUrl', url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
