import { describe, expect, test } from 'vitest';
import { fieldInventory } from './fields.ts';
import { canonical, stableJson, tableCsv } from './serialize.ts';
import { sourcesWithCitations } from './sources.ts';

describe('stableJson(value)', () => {
  test('sorts keys at every depth and ends with a newline', () => {
    expect(stableJson({ b: 1, a: [{ d: 0.25, c: true }] })).toBe(
      '{\n  "a": [\n    {\n      "c": true,\n      "d": 0.25\n    }\n  ],\n  "b": 1\n}\n',
    );
  });
  test('writes integers exactly, the largest exact one included, and -0 as 0', () => {
    expect(stableJson([650_295_646_367, Number.MAX_SAFE_INTEGER, -0])).toBe(
      '[\n  650295646367,\n  9007199254740991,\n  0\n]\n',
    );
    expect(Object.is(canonical(-0), 0)).toBe(true);
  });
  test('gives the same text for objects built in different key orders', () => {
    expect(canonical({ x: 1, y: 2 })).toEqual(canonical({ y: 2, x: 1 }));
    expect(stableJson({ x: 1, y: 2 })).toBe(stableJson({ y: 2, x: 1 }));
  });
});

describe('tableCsv(rows, columns)', () => {
  test('quotes cells with commas or quotes, joins arrays with ";" and leaves missing cells empty', () => {
    expect(tableCsv([{ id: 'a', note: 'x, "y"', ids: ['s1', 's2'] }, { id: 'b' }], ['id', 'note', 'ids'])).toBe(
      'id,note,ids\na,"x, ""y""",s1;s2\nb,,\n',
    );
  });
  test('neutralises a cell that would run as a formula, whatever its origin', () => {
    expect(tableCsv([{ name: '=HYPERLINK("https://evil.example/x","Click")' }], ['name'])).toBe(
      `name\n"'=HYPERLINK(""https://evil.example/x"",""Click"")"\n`,
    );
  });
});

describe('fieldInventory(rows)', () => {
  test('lists plain-text fields first, then partly redacted, then redacted, each by name', () => {
    const base = { description: 'd', risk: 'r', example: 'e', source_ids: ['a'] };
    const fields = fieldInventory([
      { ...base, id: 'p', field: 'Payment', status: 'redacted' },
      { ...base, id: 'i', field: 'IP address', status: 'plain' },
      { ...base, id: 'e', field: 'E-mail', status: 'partly' },
      { ...base, id: 'c', field: 'Case number', status: 'plain' },
    ]);
    expect(fields.map((field) => field.id)).toEqual(['c', 'i', 'e', 'p']);
  });
});

describe('sourcesWithCitations(rows, citations)', () => {
  test('sorts sources by id and lists who cites each as dataset:id', () => {
    const sources = sourcesWithCitations(
      [
        { id: 'z', kind: 'secondary', publisher: 'Z', title: 'T', language: 'nl' },
        { id: 'a', kind: 'primary', publisher: 'A', title: 'T', language: 'en', url: 'https://example.com/' },
      ],
      [
        { dataset: 'facts', id: 'f1', sourceIds: ['z', 'a'] },
        { dataset: 'events', id: 'e1', sourceIds: ['a'] },
      ],
    );
    expect(sources.map((source) => [source.id, source.citedBy, source.language])).toEqual([
      ['a', ['events:e1', 'facts:f1'], 'en'],
      ['z', ['facts:f1'], 'nl'],
    ]);
  });
});
