/**
 * The interface text of every edition: content/strings.json (English, which sets the shape) and
 * content/<locale>/strings.json for the others. Pages and components take theirs with
 * `stringsFor(Astro.currentLocale)` and hand the parts a chart or component needs down as input.
 * Placeholders are filled by `fillTemplate` (src/lib/template.ts).
 *
 * Every other edition's file is checked against the English shape when this module loads (the
 * build, the type check's `astro check` and the unit tests all load it), so a missing, extra or
 * mistyped key fails with its name: see src/lib/strings-shape.ts for the rules.
 */
import english from '../../content/strings.json';
import spanish from '../../content/es/strings.json';
import { pageLocale, type Locale } from './locales.ts';
import { formatStringsShapeErrors, stringsShapeErrors } from './strings-shape.ts';

/** Every interface string, by section: the shape of content/strings.json. */
export type InterfaceStrings = typeof english;

/** Each edition's strings file as it is on disk, and where it is (for error messages). */
const files: Record<Locale, { file: string; text: unknown }> = {
  en: { file: 'content/strings.json', text: english },
  es: { file: 'content/es/strings.json', text: spanish },
};

/** An edition's strings, checked against the English shape; throws listing every difference. */
export function checkedStrings(file: string, text: unknown): InterfaceStrings {
  const errors = stringsShapeErrors(english, text);
  if (errors.length > 0)
    throw new Error(
      `${file} does not have the shape of content/strings.json (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
        formatStringsShapeErrors(file, errors),
    );
  // Checked above: the same keys, lists and placeholders; plural forms in the edition's own categories.
  return text as InterfaceStrings;
}

const byLocale = Object.fromEntries(
  Object.entries(files).map(([locale, { file, text }]) => [
    locale,
    locale === 'en' ? english : checkedStrings(file, text),
  ]),
) as Record<Locale, InterfaceStrings>;

/**
 * The interface text of an edition. Takes `Astro.currentLocale` as it comes (a string, or
 * undefined outside i18n routing, which throws) or a `Locale`.
 */
export function stringsFor(locale: string | undefined): InterfaceStrings {
  return byLocale[pageLocale(locale)];
}

/** The English interface text (British English), for code that is not part of a page, such as the data build. */
export const strings: InterfaceStrings = english;
