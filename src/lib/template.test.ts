import { describe, expect, test } from 'vitest';
import {
  factIdsInTemplate,
  factTextParts,
  fillFacts,
  fillPlural,
  fillTemplate,
  linkedTemplateParts,
  templateParts,
} from './template.ts';

describe('fillTemplate(template, values)', () => {
  test('fills every placeholder, and leaves {fact:…} markers for fillFacts', () => {
    expect(fillTemplate('Open for {days} days', { days: 26 })).toBe('Open for 26 days');
    expect(fillTemplate('{a} and {a}, {fact:servers}', { a: 'x' })).toBe('x and x, {fact:servers}');
  });
  test('throws on a placeholder without a value, naming it and the text', () => {
    expect(() => fillTemplate('{records} records', {})).toThrow(/\{records\}.*"\{records\} records"/);
  });
});

test('fillPlural(forms, count, locale) picks the cardinal or ordinal form', () => {
  const events = { one: '{count} event', other: '{count} events' };
  expect(fillPlural(events, 1, 'en-GB')).toBe('1 event');
  expect(fillPlural(events, 2, 'en-GB')).toBe('2 events');
  const ordinal = { one: '{count}st', two: '{count}nd', few: '{count}rd', other: '{count}th' };
  expect(fillPlural(ordinal, 22, 'en-GB', { type: 'ordinal' })).toBe('22nd');
  expect(fillPlural({ other: '{count} of {total}' }, 3, 'en-GB', { values: { total: 9 } })).toBe('3 of 9');
});

test('factTextParts(text, format) splits at {fact:id} markers and fills each', () => {
  expect(factTextParts('About {fact:servers} servers.', (id) => `<${id}>`)).toEqual([
    { text: 'About ' },
    { factId: 'servers', text: '<servers>' },
    { text: ' servers.' },
  ]);
  expect(fillFacts('{fact:a}{fact:b}', (id) => id.toUpperCase())).toBe('AB');
  expect(() =>
    fillFacts('{fact:nope}', (id) => {
      throw new Error(`Unknown fact id "${id}"`);
    }),
  ).toThrow('Unknown fact id "nope"');
});

test('factIdsInTemplate(text) lists each marked fact once, in order', () => {
  expect(factIdsInTemplate('How big is {fact:records-exposed}? {fact:servers}, {fact:records-exposed}')).toEqual([
    'records-exposed',
    'servers',
  ]);
});

test('templateParts(template) cuts the text at its placeholders', () => {
  expect(templateParts('Rows of the {data}. Done')).toEqual([
    { text: 'Rows of the ' },
    { placeholder: 'data' },
    { text: '. Done' },
  ]);
});

test('linkedTemplateParts(template, values, links) puts links where their placeholders stand and fills the rest', () => {
  const csv = { href: '/data/sources.csv', text: 'sources.csv' };
  expect(linkedTemplateParts('{shown} of {total}, all in {csv}.', { shown: '50', total: '10,044' }, { csv })).toEqual([
    { text: '50 of 10,044, all in ' },
    csv,
    { text: '.' },
  ]);
  expect(() => linkedTemplateParts('{shown} in {csv}', {}, { csv })).toThrow(/\{shown\}/);
});
