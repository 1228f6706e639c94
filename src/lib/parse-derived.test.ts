import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { withIncidents } from '../pipeline/raw-fixture.ts';
import { buildDerived } from '../pipeline/build.ts';
import { jsonPath, parseDerived } from './parse-derived.ts';

describe('parseDerived(file, json, dir)', () => {
  test('returns the parsed dataset', () => {
    expect(parseDerived('incidents-by-year-cause.json', [], 'data/derived')).toEqual([]);
  });
  test('names the derived file, the path inside it and the command that rebuilds it', () => {
    const stale = [{ year: 2019, cause: 'hack', incidents: 1, headlineTotal: 650295646367.0001, units: ['records'] }];
    const message =
      /^data\/derived\/incidents-by-year-cause\.json does not match its schema[^\n]*\n {2}at \[0\]\.headlineTotal: /;
    expect(() => parseDerived('incidents-by-year-cause.json', stale, 'data/derived')).toThrow(message);
    expect(() => parseDerived('incidents-by-year-cause.json', stale, 'data/derived')).toThrow(/run `npm run data`/);
  });
  test('says how many more problems there are past the first five', () => {
    const rows = Array.from({ length: 7 }, () => ({ year: 'x' }));
    expect(() => parseDerived('incidents-by-year-cause.json', rows, 'd')).toThrow(/and \d+ more/);
  });
});

describe('jsonPath(path)', () => {
  test('writes indexes in brackets and keys with dots', () => {
    expect(jsonPath([3, 'headlineTotal'])).toBe('[3].headlineTotal');
    expect(jsonPath(['exposureWindow', 'days'])).toBe('exposureWindow.days');
    expect(jsonPath([])).toBe('(root)');
  });
});

/**
 * The site build reads data/derived/*.json through Vite's JSON import, then parseDerived. This
 * test takes the same road without a second site build: vitest transforms imports with the same
 * Vite JSON plugin Astro uses, so a derived file built from the large-figure fixture is imported
 * here and parsed as src/lib/data.ts does.
 */
describe('a large integer through the site loader', () => {
  const dir = resolve('.cache', 'unit', `parse-derived-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('650,295,646,367 and 2^53 − 1 arrive exactly', async () => {
    const result = buildDerived(withIncidents(), 'tests/fixtures/raw');
    if (!result.ok) throw new Error('build failed');
    mkdirSync(dir, { recursive: true });
    for (const name of ['incidents-by-year-cause.json', 'incidents.json'] as const)
      writeFileSync(join(dir, name), result.files[name] ?? '');
    const byYear = parseDerived(
      'incidents-by-year-cause.json',
      (await import(/* @vite-ignore */ join(dir, 'incidents-by-year-cause.json'))).default,
      dir,
    );
    const incidents = parseDerived(
      'incidents.json',
      (await import(/* @vite-ignore */ join(dir, 'incidents.json'))).default,
      dir,
    );
    expect(byYear.map((row) => row.headlineTotal)).toContain(650_295_646_367);
    expect(byYear.map((row) => row.headlineTotal)).toContain(Number.MAX_SAFE_INTEGER);
    expect(incidents[0]?.records).toBe(Number.MAX_SAFE_INTEGER);
  });
});
