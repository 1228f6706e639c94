import { expect, test } from 'vitest';
import { textWidth, userSpacing, wrapToWidth } from './text-metrics.ts';

test('textWidth(text, style) grows with size, weight, length and the spacing a reader may add', () => {
  const plain = textWidth('Diachenko finds and reports servers', { size: 13 });
  expect(plain).toBeGreaterThan(0);
  expect(textWidth('Diachenko finds and reports servers', { size: 26 })).toBeCloseTo(plain * 2, 5);
  expect(textWidth('Diachenko finds and reports servers', { size: 13, bold: true })).toBeGreaterThan(plain);
  expect(textWidth('Diachenko finds and reports servers and more', { size: 13 })).toBeGreaterThan(plain);
  // Each character carries the letter spacing, each space the word spacing too.
  const characters = 'Diachenko finds and reports servers'.length;
  const spacing = 13 * (userSpacing.letter * characters + userSpacing.word * 4);
  expect(plain).toBeGreaterThan(spacing);
  // Wider than a guess of half an em per character would say: the guess is what clipped labels.
  expect(plain).toBeGreaterThan(13 * 0.5 * characters + spacing);
});

test('wrapToWidth(text, maxWidth, style) keeps each line within the width, and words whole', () => {
  const style = { size: 13 };
  const text = 'Organizations using Microsoft Power Apps portals (47 incl. American Airlines, Ford, NYC agencies)';
  const lines = wrapToWidth(text, 200, style);
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.join(' ')).toBe(text);
  for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(200);
  expect(wrapToWidth('Short', 200, style)).toEqual(['Short']);
  // A word longer than the width gets a line of its own rather than being cut.
  expect(wrapToWidth('a Supercalifragilisticexpialidocious b', 60, style)).toEqual([
    'a',
    'Supercalifragilisticexpialidocious',
    'b',
  ]);
});
