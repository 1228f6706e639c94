/**
 * The site's editions and how their addresses relate. English is the default edition, served
 * from the root; every other edition sits under its own prefix with the same path segments and
 * slugs (`/chapters/risk/` and `/es/chapters/risk/`), so one rule maps any page, file or embed to
 * its counterpart. astro.config.mjs hands this list to Astro's i18n routing and to the sitemap;
 * pages take their locale from `Astro.currentLocale`. Pure, so scripts and quality checks use it too.
 */
import { z } from 'zod';

/** Every edition's routing code, the default first. A third language is one more entry here. */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

/** The edition served from the site's root. */
export const defaultLocale: Locale = 'en';

/** Every edition but the default: the ones with a prefix, whose words are translations. */
export const otherLocales = locales.filter((locale) => locale !== defaultLocale) as [
  Exclude<Locale, 'en'>,
  ...Exclude<Locale, 'en'>[],
];

/** A routing code; anything else fails with the list of editions. */
export const localeSchema = z.enum(locales, { error: `must be one of the site's editions: ${locales.join(', ')}` });

/**
 * The locale Astro says a page is in (`Astro.currentLocale`). Astro gives one for every route once
 * i18n routing is configured, so a missing or unknown one is a configuration error and throws.
 */
export function pageLocale(currentLocale: string | undefined): Locale {
  const parsed = localeSchema.safeParse(currentLocale);
  if (!parsed.success)
    throw new Error(
      `No edition "${String(currentLocale)}": expected one of ${locales.join(', ')} (src/lib/locales.ts). ` +
        'Fix: is i18n configured in astro.config.mjs, and does the route take its locale from localeParams()?',
    );
  return parsed.data;
}

/** "" for the default edition, "/es" for Spanish: what comes before the path. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** A root-relative path in an edition: `localizedPath('es', '/chapters/risk/')` is "/es/chapters/risk/". */
export function localizedPath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localizedPath needs a root-relative path, got "${path}"`);
  return `${localePrefix(locale)}${path}`;
}

/** A path split into its edition and the path every edition shares: "/es/data/" is es and "/data/". */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of locales) {
    const prefix = localePrefix(locale);
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`)))
      return { locale, path: pathname.slice(prefix.length) || '/' };
  }
  return { locale: defaultLocale, path: pathname };
}

/**
 * The same page in every edition, the default first: what hreflang alternates and the language
 * switch link to. Every page has one in every edition (src/quality/editions.ts checks the build).
 */
export function counterpartPaths(pathname: string): { locale: Locale; path: string }[] {
  const { path } = splitLocalePath(pathname);
  return locales.map((locale) => ({ locale, path: localizedPath(locale, path) }));
}

/** Where an edition's words live: "content" for the default edition, "content/<locale>" for the others. */
export function contentDir(locale: Locale): string {
  return locale === defaultLocale ? 'content' : `content/${locale}`;
}

/** The `[...locale]` parameter for an edition: undefined for the default (its pages stay at the root), the code for the others. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/**
 * A route's static paths in every edition, for the routes under `src/pages/[...locale]/`: each of
 * the paths `paths(locale)` gives, once per locale, with the `locale` parameter added. Pages then
 * read their edition from `Astro.currentLocale`, which Astro takes from that parameter.
 */
export function inEveryLocale<
  Path extends { params?: Record<string, string | undefined>; props?: Record<string, unknown> } = {
    params: Record<string, never>;
  },
>(
  paths: (locale: Locale) => readonly Path[] = () => [{ params: {} } as Path],
): (Omit<Path, 'params'> & { params: Path['params'] & { locale: string | undefined } })[] {
  return locales.flatMap((locale) =>
    paths(locale).map((path) => ({ ...path, params: { ...path.params, locale: localeParam(locale) } })),
  );
}
