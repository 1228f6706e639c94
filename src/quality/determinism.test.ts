import { describe, expect, test } from 'vitest';
import { buildDifferences, filesAllowedToDiffer } from './determinism.ts';

const site = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([file, text]) => [file, new TextEncoder().encode(text)]));

describe('buildDifferences(first, second, allowed)', () => {
  test('finds nothing in identical builds', () => {
    expect(buildDifferences(site({ 'a.html': 'x', 'b.js': 'y' }), site({ 'b.js': 'y', 'a.html': 'x' }))).toEqual([]);
  });
  test('names files whose bytes differ and files only one build has', () => {
    expect(buildDifferences(site({ 'a.html': 'x', 'old.js': '' }), site({ 'a.html': 'X', 'new.js': '' }))).toEqual([
      'a.html: bytes differ between the builds',
      'new.js: only in the second build',
      'old.js: only in the first build',
    ]);
  });
  test('skips files allowed to differ', () => {
    expect(
      buildDifferences(site({ 'stamp.txt': '1' }), site({ 'stamp.txt': '2' }), { 'stamp.txt': 'holds the build time' }),
    ).toEqual([]);
  });
  test('allows no file to differ in this project', () => {
    expect(filesAllowedToDiffer).toEqual({});
  });
});
