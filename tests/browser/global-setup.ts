/**
 * Starts one static server over dist/ for all browser tests and hands its URL to them. Fails
 * at once, with instructions, when there is no build or no browser.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';
import { findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does).');
  const { server, url } = await startStaticServer('dist', 0);
  project.provide('siteUrl', url);
  project.provide('chromiumPath', chromiumPath);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
