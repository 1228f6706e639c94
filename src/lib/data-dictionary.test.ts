import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { derivedSchemas } from '../schemas/derived.ts';
import { formatDataError } from '../pipeline/errors.ts';
import { dictionaryOf, translatedDictionary } from './data-dictionary.ts';
import { checkedDictionary, editionDictionary } from './edition-dictionary.ts';
import { strings } from './strings.ts';

const words = strings.pages.data.types;

describe('dictionaryOf', () => {
  test('dictionaryOf(list of objects) gives one row per field with type, requiredness and description', () => {
    const schema = z.array(
      z.object({ id: z.string().describe('The id'), count: z.number().int().optional(), kind: z.enum(['a', 'b']) }),
    );
    expect(dictionaryOf(schema, words)).toEqual([
      { name: 'id', type: 'string', required: true, description: 'The id' },
      { name: 'count', type: 'integer', required: false, description: '' },
      { name: 'kind', type: 'one of: a, b', required: true, description: '' },
    ]);
  });

  test('dictionaryOf(object with a nested list) uses dotted paths', () => {
    const schema = z.object({
      events: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })).describe('Events'),
    });
    expect(dictionaryOf(schema, words)).toEqual([
      { name: 'events', type: 'list of objects', required: true, description: 'Events' },
      { name: 'events[].date', type: 'date (YYYY-MM-DD)', required: true, description: '' },
    ]);
  });

  test('every column of every derived dataset is described', () => {
    for (const [file, schema] of Object.entries(derivedSchemas)) {
      const undescribed = dictionaryOf(schema, words).filter(
        (entry) => !entry.description && !entry.name.includes('.'),
      );
      expect(undescribed.map((entry) => `${file} ${entry.name}`)).toEqual([]);
    }
  });
});

describe("an edition's data dictionary (translatedDictionary)", () => {
  const schemas = {
    'facts.json': z.array(
      z.object({
        id: z.string().describe('Fact id'),
        value: z.number().describe('The figure'),
        span: z.object({ from: z.string(), to: z.string() }).describe('A span'),
      }),
    ),
  };
  const read = (text: string) => translatedDictionary(schemas, words, text, 'content/es/data-dictionary.csv');
  const messages = (text: string) => read(text).errors.map(formatDataError);

  test('gives each described column its translation; parts of an undescribed object need no row', () => {
    const { descriptions, errors } = read(
      'id,description\nfacts.json:id,Identificador\nfacts.json:value,La cifra\nfacts.json:span,Un intervalo\n',
    );
    expect(errors).toEqual([]);
    expect(Object.fromEntries(descriptions)).toEqual({
      'facts.json:id': 'Identificador',
      'facts.json:value': 'La cifra',
      'facts.json:span': 'Un intervalo',
    });
  });

  test('a column described in English without a row, an unknown column and an empty cell name file, line, rule and fix', () => {
    expect(
      messages('id,description\nfacts.json:id,Identificador\nfacts.json:nothing,Nada\nfacts.json:span,\n'),
    ).toEqual([
      'content/es/data-dictionary.csv:3 column "id": id "facts.json:nothing" is not in src/schemas/derived.ts ' +
        '(rule: translation/unknown-id). Fix: correct the id to one of src/schemas/derived.ts, or remove the row',
      'content/es/data-dictionary.csv:4 column "description": "description" is empty, but src/schemas/derived.ts: ' +
        '"A span" has text there (rule: translation/empty-cell). Fix: translate "description" of "facts.json:span"',
      'content/es/data-dictionary.csv:1 column "id": no row translates "facts.json:value" (src/schemas/derived.ts: ' +
        '"The figure") (rule: translation/missing-row). Fix: add a row for "facts.json:value" with its description',
    ]);
  });

  test('a translated description breaks the same rules as the data: formula cells and personal data', () => {
    const lines = messages(
      'id,description\nfacts.json:id,"=HYPERLINK(""x"")"\n' +
        'facts.json:value,escriba a alguien@correo-real.es\nfacts.json:span,Un intervalo\n',
    );
    expect(
      lines.some(
        (line) => line.startsWith('content/es/data-dictionary.csv:2 column "description"') && line.includes('formula'),
      ),
    ).toBe(true);
    expect(
      lines.some(
        (line) =>
          line.startsWith('content/es/data-dictionary.csv:3 column "description"') &&
          line.includes('personal-data/email'),
      ),
    ).toBe(true);
  });

  test('the Spanish dictionary translates every described column of the derived datasets', () => {
    for (const dataset of Object.keys(derivedSchemas) as (keyof typeof derivedSchemas)[]) {
      const english = dictionaryOf(derivedSchemas[dataset], words);
      const spanish = editionDictionary('es', dataset);
      expect(spanish.map((entry) => entry.name)).toEqual(english.map((entry) => entry.name));
      for (const [index, entry] of spanish.entries()) {
        expect(Boolean(entry.description), `${dataset} ${entry.name}`).toBe(Boolean(english[index]?.description));
        if (entry.description) expect(entry.description).not.toBe(english[index]?.description);
      }
    }
    expect(editionDictionary('es', 'facts.json').find((entry) => entry.name === 'label')?.type).toBe('string');
  });

  test('an edition file that misses a column stops the build with every problem', () => {
    expect(() => checkedDictionary('content/es/data-dictionary.csv', 'id,description\n')).toThrow(
      /content\/es\/data-dictionary\.csv:1 column "id": no row translates "facts\.json:id" .*\(rule: translation\/missing-row\)/,
    );
  });
});
