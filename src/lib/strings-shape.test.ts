import { expect, test } from 'vitest';
import english from '../../content/strings.json';
import { locales } from './locales.ts';
import { checkedStrings, stringsFor } from './strings.ts';
import { formatStringsShapeErrors, placeholdersOf, stringsShapeErrors } from './strings-shape.ts';

const reference = {
  locale: 'en-GB',
  nav: { home: 'Story', chapter: 'Chapter {n} of {total}' },
  notes: ['First note.', 'Second, with {days} days.'],
  events: { one: '{count} event', other: '{count} events' },
  ordinal: { one: '{count}st', two: '{count}nd', few: '{count}rd', other: '{count}th' },
  subtitle: 'How {fact:records-exposed} records sat open',
};

const spanish = {
  locale: 'es',
  nav: { home: 'Historia', chapter: 'Capítulo {n} de {total}' },
  notes: ['Primera nota.', 'Segunda, con {days} días.'],
  events: { one: '{count} evento', many: '{count} de eventos', other: '{count} eventos' },
  ordinal: { other: '{count}.º' },
  subtitle: 'Cómo {fact:records-exposed} registros quedaron abiertos',
};

test('placeholdersOf(text) lists {name} placeholders and {fact:id} markers once, sorted', () => {
  expect(placeholdersOf('{b} and {a}, {fact:x-y} and {b}')).toEqual(['a', 'b', 'fact:x-y']);
});

test("stringsShapeErrors accepts a translation with the same keys, placeholders and the locale's own plural forms", () => {
  expect(stringsShapeErrors(reference, spanish)).toEqual([]);
});

test('stringsShapeErrors names a missing key and an extra key by their dotted paths', () => {
  const { chapter: _chapter, ...nav } = spanish.nav;
  const errors = stringsShapeErrors(reference, { ...spanish, nav: { ...nav, extra: 'Sobra' } });
  expect(errors).toEqual([
    { key: 'nav.chapter', message: 'is missing (the English has it)' },
    { key: 'nav.extra', message: 'is not in content/strings.json (an extra key)' },
  ]);
});

test('stringsShapeErrors names a renamed or dropped placeholder, a changed fact marker and an empty string', () => {
  const errors = stringsShapeErrors(reference, {
    ...spanish,
    nav: { home: ' ', chapter: 'Capítulo {numero} de {total}' },
    subtitle: 'Cómo {fact:servers} registros quedaron abiertos',
  });
  expect(errors.map((error) => error.key)).toEqual(['nav.home', 'nav.chapter', 'subtitle']);
  expect(errors[1]?.message).toBe('has the placeholders {numero}, {total}; the English has {n}, {total}');
  expect(errors[2]?.message).toMatch(/\{fact:servers\}.*\{fact:records-exposed\}/);
});

test('stringsShapeErrors names a list with a different number of items, and plural forms outside the categories', () => {
  const errors = stringsShapeErrors(reference, {
    ...spanish,
    notes: ['Solo una nota.'],
    events: { uno: '{count} evento', other: '{count} eventos {extra}' },
  });
  expect(errors).toEqual([
    { key: 'notes', message: 'has fewer items than the English (2)' },
    { key: 'events.other', message: 'uses {extra}, which the English forms do not (they use {count})' },
    {
      key: 'events.uno',
      message: 'is not a plural category: plural forms are zero, one, two, few, many, other (other required)',
    },
  ]);
});

test('formatStringsShapeErrors writes file, key, message, rule and fix on one line each', () => {
  expect(formatStringsShapeErrors('content/es/strings.json', [{ key: 'nav.home', message: 'is empty' }])).toBe(
    'content/es/strings.json "nav.home": is empty (rule: strings-shape). ' +
      'Fix: give it exactly the keys, list lengths and placeholders of content/strings.json.',
  );
});

test('checkedStrings throws with every problem, so a build with a half-translated file stops and says where', () => {
  const { siteTitle: _siteTitle, ...withoutTitle } = english;
  expect(() => checkedStrings('content/xx/strings.json', withoutTitle)).toThrow(
    /content\/xx\/strings\.json "siteTitle": is missing/,
  );
});

test('every edition has a strings file of the English shape (stringsFor loads and checks it)', () => {
  for (const locale of locales) expect(stringsShapeErrors(english, stringsFor(locale))).toEqual([]);
  expect(stringsFor('en')).toBe(english);
  expect(stringsFor('es').locale).toBe('es');
  expect(() => stringsFor('fr')).toThrow(/No edition "fr"/);
});
