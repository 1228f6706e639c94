/**
 * The site's public address for what leaves the site (the handout, the trainer pack): SITE_URL
 * when the build was given one, or undefined. Astro's own `site` falls back to a placeholder
 * domain, which must never be printed, so this reads the variable itself and warns once when it
 * is missing; callers then print paths only.
 */
import strings from '../../content/strings.json';

let warned = false;

/** SITE_URL without a trailing slash, or undefined (with one warning per build). */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env['SITE_URL']?.trim();
  if (value) return value.replace(/\/+$/, '');
  if (!warned) {
    warned = true;
    console.warn(`[educators] ${strings.educators.pack.siteUrlMissing}`);
  }
  return undefined;
}
