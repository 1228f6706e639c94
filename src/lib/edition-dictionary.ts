/**
 * The data dictionary of each edition, for the /data/ page: the English descriptions come from the
 * derived schemas, every other edition's from content/<locale>/data-dictionary.csv, checked when
 * this module loads (the build and the unit tests load it), so a column described in English
 * without a translation fails with its file, line, rule and fix, as a data problem does.
 */
import spanish from '../../content/es/data-dictionary.csv?raw';
import { formatDataError } from '../pipeline/errors.ts';
import { derivedSchemas, type DerivedFileName } from '../schemas/derived.ts';
import { dictionaryKey, dictionaryOf, translatedDictionary, type DictionaryEntry } from './data-dictionary.ts';
import type { Locale } from './locales.ts';
import { strings, stringsFor } from './strings.ts';

/** Each edition's dictionary file other than English, as it is on disk, and where it is (for messages). */
const files: Record<Exclude<Locale, 'en'>, { file: string; text: string }> = {
  es: { file: 'content/es/data-dictionary.csv', text: spanish },
};

/** An edition's descriptions, checked against the English ones; throws listing every problem. */
export function checkedDictionary(file: string, text: string): ReadonlyMap<string, string> {
  const { descriptions, errors } = translatedDictionary(derivedSchemas, strings.pages.data.types, text, file);
  if (errors.length > 0)
    throw new Error(
      `${file} does not translate the data dictionary of src/schemas/derived.ts ` +
        `(${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(formatDataError).join('\n')}`,
    );
  return descriptions;
}

const byLocale = new Map(
  Object.entries(files).map(([locale, { file, text }]) => [locale, checkedDictionary(file, text)]),
);

/** The columns of `dataset` as the edition `locale` documents them: types in its words, descriptions in its language. */
export function editionDictionary(locale: Locale, dataset: DerivedFileName): DictionaryEntry[] {
  const entries = dictionaryOf(derivedSchemas[dataset], stringsFor(locale).pages.data.types);
  const descriptions = byLocale.get(locale);
  if (!descriptions) return entries;
  return entries.map((entry) => ({ ...entry, description: descriptions.get(dictionaryKey(dataset, entry)) ?? '' }));
}
