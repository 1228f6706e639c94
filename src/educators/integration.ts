/**
 * The educators' kit's build step, as an Astro integration: once `astro build` has written dist/,
 * it finishes the trainer pack (lab pages and PDFs, pack-finish.ts) and writes the service
 * worker (offline.ts). Being part of `astro build` keeps `npm run build` and the determinism
 * gate's second build identical. LEFT_OPEN_KIT_FINISH=skip leaves both out, for a test build that
 * only reads the chapters (it saves printing the pack's PDFs in Chromium).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import strings from '../../content/strings.json';
import { writeServiceWorker } from './offline.ts';
import { finishTrainerPack } from './pack-finish.ts';
import { publicSiteUrl } from './site-address.ts';

/** The integration; add it after the others in astro.config.mjs. */
export function educatorsKit(): AstroIntegration {
  return {
    name: 'left-open-educators',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (publicSiteUrl() === undefined) logger.warn(strings.educators.pack.siteUrlMissing);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['LEFT_OPEN_KIT_FINISH'] === 'skip') {
          logger.info('LEFT_OPEN_KIT_FINISH=skip: trainer pack and service worker left unfinished');
          return;
        }
        const distDir = fileURLToPath(dir);
        const started = Date.now();
        await finishTrainerPack(distDir, publicSiteUrl());
        logger.info(`trainer pack finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const { count, size } = await writeServiceWorker(distDir);
        logger.info(`service worker precaches ${count} files (${(size / 1000).toFixed(0)} KB)`);
      },
    },
  };
}
