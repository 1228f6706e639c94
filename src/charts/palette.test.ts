import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fillWith, paint, palette, type PaletteKey } from './palette.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const paintCss = readFileSync('src/components/charts/chart-paint.css', 'utf8');

test.each(Object.keys(palette) as PaletteKey[])('palette.%s mirrors its token in tokens.css', (key) => {
  const { token, light, dark } = palette[key];
  expect(tokens).toContain(`${token}: light-dark(${light}, ${dark});`);
});

test.each(Object.keys(palette) as PaletteKey[])('chart-paint.css repaints paint-*-%s from its token', (key) => {
  const { token } = palette[key];
  expect(paintCss).toContain(`.chart-svg .paint-fill-${key} {\n    fill: var(${token});`);
  expect(paintCss).toContain(`.chart-svg .paint-stroke-${key} {\n    stroke: var(${token});`);
});

test('paint(fill, stroke) gives the light values and one class attribute for both', () => {
  expect(paint('anchor', 'bg')).toEqual({
    fill: '#b3261e',
    stroke: '#fdfcf9',
    class: 'paint-fill-anchor paint-stroke-bg',
  });
  expect(fillWith('hack')).toEqual({ fill: '#1f6fb4', class: 'paint-fill-hack' });
});
