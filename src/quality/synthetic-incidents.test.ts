import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { buildDerived } from '../pipeline/build.ts';
import { fixtureRawTexts } from '../pipeline/raw-fixture.ts';
import { exactFigure, exactFigureIncidentId, syntheticIncidentRows } from './synthetic-incidents.ts';

describe('syntheticIncidentRows(count)', () => {
  const rows = syntheticIncidentRows(50);
  const incidents = parse(rows.incidents.join('\n')) as string[][];
  const sources = parse(rows.sources.join('\n')) as string[][];

  test('gives each incident a source row of its own', () => {
    expect(incidents).toHaveLength(50);
    expect(sources.map((source) => source[0])).toEqual(incidents.map((incident) => incident[9]));
  });
  test('marks every row synthetic and uses only a reserved domain', () => {
    expect(
      incidents.every((incident) => /^Synthetic Org/.test(incident[1]!) && /^Synthetic row/.test(incident[10]!)),
    ).toBe(true);
    expect(
      sources.every((source) => source[2] === 'Synthetic benchmark data' && /^Synthetic source row/.test(source[8]!)),
    ).toBe(true);
    expect(
      sources.every(
        (source) => source[4] !== '' && source[5] === '' && source[6]?.startsWith('https://bench.example.com/'),
      ),
    ).toBe(true);
  });
  test('is the same for the same count', () => {
    expect(syntheticIncidentRows(50)).toEqual(rows);
  });
  test('ends with the census-sized figure, and the data build accepts the rows', () => {
    expect(incidents.at(-1)?.slice(0, 1)).toEqual([exactFigureIncidentId]);
    expect(incidents.at(-1)?.[4]).toBe(String(exactFigure));
    const texts = fixtureRawTexts();
    const result = buildDerived(
      {
        ...texts,
        'incidents.csv': `${texts['incidents.csv'].trimEnd()}\n${rows.incidents.join('\n')}\n`,
        'sources.csv': `${texts['sources.csv'].trimEnd()}\n${rows.sources.join('\n')}\n`,
      },
      'tests/fixtures/raw',
    );
    expect(result.ok).toBe(true);
  });
});
