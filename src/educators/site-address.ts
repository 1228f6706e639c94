/**
 * The site's public address for what leaves the site (the handout, the trainer pack): SITE_URL
 * when the build was given one, or undefined. Astro's own `site` falls back to a placeholder
 * domain, which must never be printed, so this reads the variable itself; callers then print
 * paths only. The missing address is reported once per build by the educators' integration
 * (integration.ts): a module-level "warned" flag here would fire once per copy of this module,
 * and the build loads it twice (the integration in Node, the pages in Vite's bundle).
 */

/** SITE_URL without a trailing slash, or undefined. */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env['SITE_URL']?.trim();
  return value ? value.replace(/\/+$/, '') : undefined;
}
