/**
 * The `<link rel="alternate" hreflang>` set of a page: the same page in every edition, each
 * with its language tag (`locale` in its strings file), and `x-default` for the English one, the
 * edition for readers whose language the site does not have. The sitemap lists the same alternates
 * (astro.config.mjs), and the language switch links the ones that are not the page's own.
 */
import { counterpartPaths, splitLocalePath, type Locale } from './locales.ts';
import { stringsFor } from './strings.ts';

/** One alternate address of a page. */
export interface Alternate {
  /** The edition; undefined for the x-default entry. */
  locale: Locale | undefined;
  /** "en-GB", "es" or "x-default". */
  hreflang: string;
  /** Absolute URL. */
  href: string;
  /** The edition's name in its own language ("Español"), for the language switch. */
  name: string;
}

/** The path every edition shares (`/es/data/` → `/data/`) and the page's alternates on `site`. */
export function editionAlternates(
  pathname: string,
  site: URL | string | undefined,
): { path: string; links: Alternate[] } {
  const counterparts = counterpartPaths(pathname).map(({ locale, path }) => {
    const strings = stringsFor(locale);
    return { locale, hreflang: strings.locale, href: new URL(path, site).href, name: strings.languageName };
  });
  const [byDefault] = counterparts;
  if (!byDefault) throw new Error('No editions in src/lib/locales.ts');
  // A site with one edition has no alternates to announce.
  if (counterparts.length < 2) return { path: splitLocalePath(pathname).path, links: [] };
  return {
    path: splitLocalePath(pathname).path,
    links: [...counterparts, { ...byDefault, locale: undefined, hreflang: 'x-default' }],
  };
}

/** The language tags of every edition by routing code, for the sitemap's `i18n.locales`. */
export function sitemapLocales(locales: readonly Locale[]): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, stringsFor(locale).locale])) as Record<Locale, string>;
}
