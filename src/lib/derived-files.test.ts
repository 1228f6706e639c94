import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { derivedDir, derivedFiles } from './derived-files.ts';

afterEach(() => {
  delete process.env.LEFT_OPEN_DERIVED_DIR;
});

test('derivedFiles(dir) lists the CSV and JSON files, sorted, with their size and text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'left-open-derived-'));
  writeFileSync(join(dir, 'b.json'), '[]\n');
  writeFileSync(join(dir, 'a.csv'), 'id\nx\n');
  writeFileSync(join(dir, 'notes.txt'), 'ignored');
  expect(derivedFiles(dir)).toEqual([
    { name: 'a.csv', format: 'csv', bytes: 5, text: 'id\nx\n' },
    { name: 'b.json', format: 'json', bytes: 3, text: '[]\n' },
  ]);
});

test('derivedDir() follows LEFT_OPEN_DERIVED_DIR, else data/derived', () => {
  expect(derivedDir()).toBe('data/derived');
  process.env.LEFT_OPEN_DERIVED_DIR = '/tmp/elsewhere';
  expect(derivedDir()).toBe('/tmp/elsewhere');
});

test('derivedFiles() offers every derived dataset for download', () => {
  const names = derivedFiles().map((file) => file.name);
  expect(names).toEqual(
    expect.arrayContaining(['facts.csv', 'facts.json', 'timeline.json', 'sources.json', 'incidents.csv']),
  );
});
