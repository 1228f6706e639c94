/**
 * The site's service worker, written after the build by Workbox's generateSW: it precaches the
 * educators' pages and the chapters of every edition, and the scripts, styles and fonts they load,
 * so a trainer who has opened the kit once, in either language, can keep teaching when the
 * connection drops.
 * - Revisions are content hashes Workbox computes from the built files (no timestamps), and the
 *   manifest is sorted, so two builds write the same sw.js.
 * - A new build's worker takes over at once and deletes the caches of older versions.
 * - Embed pages are not precached, and the worker is only registered from the educators' pages
 *   (public/sw-register.js), so pages that other sites embed are never answered from its cache.
 * Workbox was chosen over a hand-written worker because precaching with clean updates has many
 * edge cases (partial installs, redirects, cache versioning) that it has handled for years.
 */
import { join } from 'node:path';
import type * as WorkboxBuild from 'workbox-build';
import { localePrefix, locales } from '../lib/locales.ts';
import { requireTool } from './pack-finish.ts';

/** The worker's file in dist/ and the URL pages register. */
export const serviceWorkerFile = 'sw.js';

/** Where an edition's pages are in dist/: "" for the default edition, "es/" for Spanish. */
const editionDir = (prefix: string) => (prefix ? `${prefix.slice(1)}/` : '');

/** What the worker precaches, relative to dist/: each edition's kit and chapters, and the files they share. */
export const precachePatterns = [
  ...locales.flatMap((locale) => {
    const dir = editionDir(localePrefix(locale));
    return [`${dir}educators/**/index.html`, `${dir}chapters/**/index.html`];
  }),
  '_astro/*.{js,css,woff2}',
  'favicon.svg',
  'theme-init.js',
  'sw-register.js',
] as const;

/** Writes dist/sw.js; returns how many files it precaches and their total size. */
export async function writeServiceWorker(distDir: string): Promise<{ count: number; size: number }> {
  const { generateSW } = requireTool('workbox-build') as typeof WorkboxBuild;
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: [...precachePatterns],
    globIgnores: ['embed/**'],
    swDest: join(distDir, serviceWorkerFile),
    // "/educators/" is served from educators/index.html, "/es/educators/" from es/educators/index.html.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Files in _astro/ have hashed names already.
    dontCacheBustURLsMatching: /^_astro\//,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    manifestTransforms: [
      (entries) => ({ manifest: [...entries].sort((a, b) => a.url.localeCompare(b.url)), warnings: [] }),
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  return { count, size };
}
