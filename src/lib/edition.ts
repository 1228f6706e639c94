/**
 * What a page or component needs to know about the edition it renders in, from
 * `Astro.currentLocale`: its routing code, its interface text, its language tag for Intl and
 * `<html lang>`, its derived data and how to write a link to another page of the same edition.
 * Components call `editionOf(Astro.currentLocale)` instead of importing the English strings.
 */
import { dataFor } from './data.ts';
import type { DerivedData } from './derived-data.ts';
import { localizedPath, pageLocale, type Locale } from './locales.ts';
import { stringsFor, type InterfaceStrings } from './strings.ts';

/** One edition, as a page renders it. */
export interface Edition {
  locale: Locale;
  /** The language tag (`locale` in the strings file): "en-GB", "es". */
  tag: string;
  strings: InterfaceStrings;
  /** The derived data with this edition's text (labels, notes, titles); figures are the same in every edition. */
  data: DerivedData;
  /** A root-relative path of the site in this edition: `href('/sources/')` is "/es/sources/" in Spanish. */
  href(path: string): string;
}

/** The edition of a page, from `Astro.currentLocale` (throws on an unknown or missing locale). */
export function editionOf(currentLocale: string | undefined): Edition {
  const locale = pageLocale(currentLocale);
  const strings = stringsFor(locale);
  return {
    locale,
    tag: strings.locale,
    strings,
    data: dataFor(locale),
    href: (path) => localizedPath(locale, path),
  };
}
