/**
 * The derived data built from the small raw files in tests/fixtures/raw, the way `npm run data`
 * builds data/derived: tests of charts, descriptions and prose helpers run on it, so an edit to
 * the real data never looks like a rendering regression.
 */
import { readFileSync } from 'node:fs';
import { buildDerived, type RawTexts } from '../pipeline/build.ts';
import { rawColumns, type RawFileName } from '../schemas/raw.ts';
import type { DerivedFileName } from '../schemas/derived.ts';
import { parseDerivedData, type DerivedData } from './derived-data.ts';

const fixtureDir = 'tests/fixtures/raw';

/** {@link DerivedData} from tests/fixtures/raw; throws with the build's errors if the fixture is broken. */
function fixtureData(): DerivedData {
  const texts = Object.fromEntries(
    (Object.keys(rawColumns) as RawFileName[]).map((name) => [name, readFileSync(`${fixtureDir}/${name}`, 'utf8')]),
  ) as RawTexts;
  const result = buildDerived(texts, fixtureDir);
  if (!result.ok) throw new Error(`tests/fixtures/raw does not build: ${JSON.stringify(result.errors, null, 2)}`);
  const json = (name: DerivedFileName): unknown => JSON.parse(result.files[name] ?? 'null');
  return parseDerivedData(
    {
      'facts.json': json('facts.json'),
      'sources.json': json('sources.json'),
      'timeline.json': json('timeline.json'),
      'incidents.json': json('incidents.json'),
      'incidents-by-year-cause.json': json('incidents-by-year-cause.json'),
      'fields.json': json('fields.json'),
    },
    `${fixtureDir} (built in memory)`,
  );
}

let cached: DerivedData | undefined;

/** The fixture's derived data, built once per test file. */
export function fixture(): DerivedData {
  cached ??= fixtureData();
  return cached;
}
