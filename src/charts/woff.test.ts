import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { woffToSfnt } from './woff.ts';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/package.json')),
  'files',
);

test('woffToSfnt(woff) gives an OpenType file with every table at its original length', () => {
  const woff = readFileSync(join(fontDir, 'source-sans-3-latin-400-normal.woff'));
  const sfnt = woffToSfnt(woff);
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const output = new DataView(sfnt.buffer);
  const numTables = input.getUint16(12);
  expect(output.getUint32(0)).toBe(input.getUint32(4));
  expect(output.getUint16(4)).toBe(numTables);
  expect(sfnt.byteLength).toBeGreaterThanOrEqual(input.getUint32(16));
  for (let index = 0; index < numTables; index++) {
    expect(output.getUint32(12 + index * 16)).toBe(input.getUint32(44 + index * 20));
    expect(output.getUint32(12 + index * 16 + 12)).toBe(input.getUint32(44 + index * 20 + 12));
  }
  // The 'head' table's magic number survives decompression.
  const headIndex = Array.from({ length: numTables }, (_, index) => index).find(
    (index) => output.getUint32(12 + index * 16) === 0x68656164,
  );
  expect(headIndex).toBeDefined();
  expect(output.getUint32(output.getUint32(12 + headIndex! * 16 + 8) + 12)).toBe(0x5f0f3cf5);
});

test('woffToSfnt(bytes) refuses anything that is not WOFF 1.0', () => {
  expect(() => woffToSfnt(readFileSync(join(fontDir, 'source-sans-3-latin-400-normal.woff2')))).toThrow(/WOFF/);
});
