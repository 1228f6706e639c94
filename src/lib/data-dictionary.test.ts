import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { derivedSchemas } from '../schemas/derived.ts';
import { dictionaryOf } from './data-dictionary.ts';
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
