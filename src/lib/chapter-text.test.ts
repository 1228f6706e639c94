import { describe, expect, test } from 'vitest';
import type { Fact } from '../schemas/derived.ts';
import { findHandTypedFigures, readingMinutes, spellingsOf } from './chapter-text.ts';
import { componentUses } from './component-uses.ts';
import { readMdx } from './mdx-tree.ts';

const fact = (id: string, value: number | string, unit = 'records', kind: Fact['kind'] = 'number'): Fact => ({
  id,
  kind,
  value,
  unit,
  label: id,
  sourceIds: ['msrc-2020'],
  status: 'confirmed',
  computed: false,
});
const records = fact('records-exposed', 250000000);
const servers = fact('servers', 5, 'servers');
const clusters = fact('clusters', 28000, 'clusters');
const start = fact('exposure-start-date', '2019-12-05', 'date', 'date');

describe('findHandTypedFigures(texts, facts)', () => {
  test('finds a formatted value typed in prose, with its line', () => {
    expect(findHandTypedFigures([{ line: 4, text: 'Some 250 million records.' }], [records])).toEqual([
      { factId: 'records-exposed', text: '250 million', line: 4 },
    ]);
  });
  test('finds a grouped or raw value, and a written-out date', () => {
    const texts = [
      { line: 1, text: 'About 28,000 clusters.' },
      { line: 2, text: 'Or 28000.' },
      { line: 3, text: 'On 5 December 2019 it changed.' },
    ];
    expect(findHandTypedFigures(texts, [clusters, start]).map((hit) => hit.line)).toEqual([1, 2, 3]);
  });
  test('matches whole numbers only, so "15" and "250" are not "5"', () => {
    expect(findHandTypedFigures([{ line: 1, text: '15 of 250' }], [servers])).toEqual([]);
  });
  test('reads the fixture chapter tree: figures shown with <Fact> are not in its text, typed ones are', () => {
    const { passages } = componentUses(readMdx('tests/fixtures/mdx/chapter.mdx').tree);
    expect(findHandTypedFigures(passages, [records, servers])).toEqual([
      { factId: 'records-exposed', text: '250 million', line: 22 },
    ]);
  });
  test('spellingsOf(fact) includes the formatted, raw and grouped forms', () => {
    expect(spellingsOf(clusters)).toEqual(['28,000', '28000', '28 000', '28\u00a0000', '28\u202f000']);
  });
  test("spellingsOf(fact, tags) adds each language's spellings, Spanish grouping with full stops or spaces", () => {
    expect(spellingsOf(records, ['es'])).toEqual([
      '250 millones',
      '250000000',
      '250.000.000',
      '250 000 000',
      '250\u00a0000\u00a0000',
      '250\u202f000\u202f000',
    ]);
    const prose = [{ line: 3, text: 'Eran unos 250.000.000 de registros, o 28 000 conversaciones.' }];
    expect(findHandTypedFigures(prose, [records, clusters], ['es', 'en-GB'])).toEqual([
      { factId: 'records-exposed', text: '250.000.000', line: 3 },
      { factId: 'clusters', text: '28 000', line: 3 },
    ]);
    expect(findHandTypedFigures([{ line: 1, text: 'unos 250 millones de registros' }], [records], ['es'])).toHaveLength(
      1,
    );
  });
});

test('readingMinutes(words) rounds to whole minutes and is at least one', () => {
  expect(readingMinutes(10)).toBe(1);
  expect(readingMinutes(690)).toBe(3);
});
