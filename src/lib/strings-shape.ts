/**
 * The shape every edition's strings file must have: the English file's, key for key. The schema is
 * built from content/strings.json itself, so adding an English string is all it takes for every
 * other edition to fail until it is translated, with an error naming the key. Rules:
 * - the same keys at every level, none missing and none extra;
 * - every string non-empty, with the same `{name}` placeholders and `{fact:<id>}` markers;
 * - lists (notes, file lists) with as many items, each with its item's placeholders;
 * - plural forms (`{ one, other }`, ordinals) in the edition's own plural categories: `other` and
 *   any of zero/one/two/few/many, each form using only the placeholders the English forms use;
 * - `locale`, the edition's language tag, a tag Intl knows.
 */
import { z } from 'zod';

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const placeholderPattern = /\{(fact:[a-z0-9-]+|\w+)\}/g;

/** The `{name}` placeholders and `{fact:<id>}` markers of a string, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(placeholderPattern), (match) => match[1] as string))].sort();
}

function isPluralForms(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    'other' in value &&
    entries.every(([key, form]) => (pluralCategories as readonly string[]).includes(key) && typeof form === 'string')
  );
}

const listed = (names: readonly string[]) => (names.length ? names.map((name) => `{${name}}`).join(', ') : 'none');

/** A translated string: non-empty, with exactly the placeholders of `english`. */
function stringLike(english: string): z.ZodType<string> {
  const expected = placeholdersOf(english);
  return z
    .string({ error: 'must be a string, as in content/strings.json' })
    .trim()
    .min(1, 'is empty')
    .superRefine((text, context) => {
      const found = placeholdersOf(text);
      if (found.join() !== expected.join())
        context.addIssue({
          code: 'custom',
          message: `has the placeholders ${listed(found)}; the English has ${listed(expected)}`,
        });
    });
}

/** Plural forms in the edition's own categories, each using only placeholders the English forms use. */
function pluralLike(english: Record<string, string>): z.ZodType<Record<string, string>> {
  const allowed = new Set(Object.values(english).flatMap(placeholdersOf));
  const form = z
    .string()
    .trim()
    .min(1, 'is empty')
    .superRefine((text, context) => {
      const unknown = placeholdersOf(text).filter((name) => !allowed.has(name));
      if (unknown.length)
        context.addIssue({
          code: 'custom',
          message: `uses ${listed(unknown)}, which the English forms do not (they use ${listed([...allowed].sort())})`,
        });
    });
  return z
    .looseObject({
      zero: form.optional(),
      one: form.optional(),
      two: form.optional(),
      few: form.optional(),
      many: form.optional(),
      other: form,
    })
    .superRefine((forms, context) => {
      for (const key of Object.keys(forms).filter((name) => !(pluralCategories as readonly string[]).includes(name)))
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `is not a plural category: plural forms are ${pluralCategories.join(', ')} (other required)`,
        });
    }) as unknown as z.ZodType<Record<string, string>>;
}

/** The schema of a value shaped like `english`, recursively. */
export function shapeSchemaOf(english: unknown, key = ''): z.ZodType {
  if (key === 'locale' && typeof english === 'string')
    return z.string().refine((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    }, 'must be a language tag such as "es" or "en-GB"');
  if (typeof english === 'string') return stringLike(english);
  if (Array.isArray(english)) return z.tuple(english.map((item) => shapeSchemaOf(item)) as [z.ZodType, ...z.ZodType[]]);
  if (english && typeof english === 'object') {
    if (isPluralForms(english)) return pluralLike(english);
    return z.strictObject(
      Object.fromEntries(Object.entries(english).map(([name, value]) => [name, shapeSchemaOf(value, name)])),
    );
  }
  throw new Error(`content/strings.json holds a ${typeof english} at "${key}": only strings, lists and objects`);
}

/** One way an edition's strings file differs from the English shape. */
export interface StringsShapeError {
  /** Dotted path of the key, such as "charts.timeline.title". */
  key: string;
  message: string;
}

/** Every difference between `candidate` and the shape of `english`, each naming its key; empty when it fits. */
export function stringsShapeErrors(english: unknown, candidate: unknown): StringsShapeError[] {
  const result = shapeSchemaOf(english).safeParse(candidate);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((extra) => ({
        key: path ? `${path}.${extra}` : extra,
        message: 'is not in content/strings.json (an extra key)',
      }));
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return [{ key: path, message: 'is missing (the English has it)' }];
    if (issue.code === 'too_big' && issue.origin === 'array')
      return [{ key: path, message: `has more items than the English (${issue.maximum})` }];
    if (issue.code === 'too_small' && issue.origin === 'array')
      return [{ key: path, message: `has fewer items than the English (${issue.minimum})` }];
    return [{ key: path, message: issue.message }];
  });
}

/** The errors as the build prints them: `file "key": what is wrong (rule: strings-shape). Fix: …`. */
export function formatStringsShapeErrors(file: string, errors: readonly StringsShapeError[]): string {
  return errors
    .map(
      (error) =>
        `${file} "${error.key}": ${error.message} (rule: strings-shape). ` +
        'Fix: give it exactly the keys, list lengths and placeholders of content/strings.json.',
    )
    .join('\n');
}
