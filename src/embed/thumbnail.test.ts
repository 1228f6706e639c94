import { describe, expect, test } from 'vitest';
import { pngSize } from './thumbnail.ts';

/** The first 24 bytes of a PNG: signature, then the IHDR chunk's length, type, width and height. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('pngSize', () => {
  test('pngSize(bytes) reads width and height from the IHDR chunk', () => {
    expect(pngSize(pngHeader(1504, 70_000))).toEqual({ width: 1504, height: 70_000 });
  });
  test('pngSize(bytes) refuses what is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toThrow(
      /not a PNG/,
    );
    const wrongChunk = pngHeader(10, 10);
    wrongChunk[12] = 0x58;
    expect(() => pngSize(wrongChunk)).toThrow(/not a PNG/);
  });
});
