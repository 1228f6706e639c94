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

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** Colours that are not marks on their own: the page, the band (its edges carry the contrast), gridlines. */
const notMarks = new Set<PaletteKey>(['bg', 'surface', 'window', 'grid']);

test.each((Object.keys(palette) as PaletteKey[]).filter((key) => !notMarks.has(key)))(
  '%s has at least 3:1 against the page and the card surface, light and dark (WCAG 1.4.11)',
  (key) => {
    for (const theme of ['light', 'dark'] as const)
      for (const ground of ['bg', 'surface'] as const)
        expect(contrast(palette[key][theme], palette[ground][theme]), `${theme} on ${ground}`).toBeGreaterThanOrEqual(
          3,
        );
  },
);
