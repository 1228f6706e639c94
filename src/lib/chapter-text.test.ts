import { describe, expect, test } from 'vitest';
import type { Fact } from '../schemas/derived.ts';
import {
  citedSourceIdsIn,
  factIdsIn,
  fillFactPlaceholders,
  findHandTypedFigures,
  readingMinutes,
  spellingsOf,
  wordCount,
} from './chapter-text.ts';

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

describe('factIdsIn and citedSourceIdsIn', () => {
  test('factIdsIn(mdx) lists each fact id once, in order of first use', () => {
    expect(factIdsIn('<Fact id="servers" /> and <Fact plain id="records-exposed"/> then <Fact id="servers"/>')).toEqual(
      ['servers', 'records-exposed'],
    );
  });
  test('citedSourceIdsIn(mdx) reads id and ids attributes', () => {
    expect(citedSourceIdsIn('said so <Cite id="msrc-2020" />; others <Cite ids="threatpost-2020;huntress" />')).toEqual(
      ['msrc-2020', 'threatpost-2020', 'huntress'],
    );
  });
});

describe('fillFactPlaceholders', () => {
  test('fillFactPlaceholders(text, lookup) writes the formatted value', () => {
    expect(fillFactPlaceholders('How big is {fact:records-exposed}?', () => records)).toBe('How big is 250 million?');
  });
  test('fillFactPlaceholders(text, lookup) lets an unknown id throw', () => {
    expect(() =>
      fillFactPlaceholders('{fact:nope}', (id) => {
        throw new Error(`Unknown fact id "${id}"`);
      }),
    ).toThrow('Unknown fact id "nope"');
  });
});

describe('findHandTypedFigures', () => {
  test('finds a formatted value typed in prose', () => {
    expect(findHandTypedFigures('Some 250 million records.', [records])).toEqual([
      { factId: 'records-exposed', text: '250 million', line: 1 },
    ]);
  });
  test('finds a grouped or raw value, and a written-out date', () => {
    const mdx = 'About 28,000 clusters.\nOr 28000.\nOn 5 December 2019 it changed.';
    expect(findHandTypedFigures(mdx, [clusters, start]).map((hit) => hit.line)).toEqual([1, 2, 3]);
  });
  test('ignores figures shown with <Fact>, tag attributes and unrelated numbers', () => {
    const mdx =
      'The <Fact id="servers" /> servers held <Fact id="records-exposed"/> records. <Cite id="inc-2005"/> 15 of 250';
    expect(findHandTypedFigures(mdx, [records, servers])).toEqual([]);
  });
  test('checks the frontmatter title but not its order or date', () => {
    const mdx = '---\norder: 5\ntitle: How big is 250 million\nupdated: 2026-11-05\n---\nText.';
    expect(findHandTypedFigures(mdx, [records, servers])).toEqual([
      { factId: 'records-exposed', text: '250 million', line: 3 },
    ]);
  });
  test('spellingsOf(fact) includes the formatted, raw and grouped forms', () => {
    expect(spellingsOf(clusters)).toEqual(['28,000', '28000']);
  });
});

describe('readingMinutes and wordCount', () => {
  test('wordCount(mdx) skips frontmatter, imports and tags', () => {
    expect(
      wordCount('---\ntitle: A B C\n---\nimport X from "y";\nOne <Fact id="servers"/> three <Cite id="a"/>.'),
    ).toBe(3);
  });
  test('readingMinutes(mdx) rounds to whole minutes and is at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
  });
});
