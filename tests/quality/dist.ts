/** The built site as the quality tests see it: read once per test file, plus its public origin. */
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readSite, siteText, type SiteFiles } from '../../src/quality/site.ts';

/** The build under test. */
export const distRoot = 'dist';

/** Reads dist/, or fails with the command that makes it. */
export function readDist(): SiteFiles {
  if (!existsSync(`${distRoot}/index.html`))
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does).');
  return readSite(distRoot);
}

/** The site's public origin, from the home page's canonical link (SITE_URL at build time). */
export function publicOrigin(site: SiteFiles): string {
  const { document } = parseHTML(siteText(site, 'index.html') ?? '');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error('dist/index.html has no <link rel="canonical">, so the public origin is unknown');
  return new URL(canonical).origin;
}

/** Chapter pages (chapters/<slug>/index.html), sorted. */
export function chapterPages(site: SiteFiles): string[] {
  return [...site.keys()].filter((file) => /^chapters\/[^/]+\/index\.html$/.test(file)).sort();
}

/** Embed pages (embed/<id>/index.html), sorted; the gallery embed/index.html is not one. */
export function embedPages(site: SiteFiles): string[] {
  return [...site.keys()].filter((file) => /^embed\/[^/]+\/index\.html$/.test(file)).sort();
}
