import { expect, test } from 'vitest';
import { paint, palette, paletteCss, paletteToken, type PaletteKey } from './palette.ts';

test('paletteCss("tokens") declares each custom property once, light then dark', () => {
  const css = paletteCss('tokens');
  expect(css).toContain('--color-bg: light-dark(#fdfcf9, #161513);');
  expect(css).toContain('--chart-hack: light-dark(#1f6fb4, #7cb7ea);');
  const names = css.split('\n').map((line) => line.split(':')[0]);
  expect(new Set(names).size).toBe(names.length);
});

test.each(Object.keys(palette) as PaletteKey[])('paletteCss("paint") repaints paint-*-%s from its own token', (key) => {
  const css = paletteCss('paint');
  expect(css).toContain(`.chart-svg .paint-fill-${key} { fill: var(${paletteToken(key)}); }`);
  expect(css).toContain(`.chart-svg .paint-stroke-${key} { stroke: var(${paletteToken(key)}); }`);
  expect(paletteCss('tokens')).toContain(
    `${paletteToken(key)}: light-dark(${palette[key].light}, ${palette[key].dark});`,
  );
});

test('paint({fill, stroke}) gives one class attribute for both, then the light values', () => {
  expect(paint({ fill: 'anchor', stroke: 'bg' })).toEqual({
    class: 'paint-fill-anchor paint-stroke-bg',
    fill: '#b3261e',
    stroke: '#fdfcf9',
  });
  expect(paint({ fill: 'hack' }, 'bar')).toEqual({ class: 'bar paint-fill-hack', fill: '#1f6fb4' });
});
