/**
 * How wide a chart label is drawn, measured from real font metrics, so labels are wrapped by
 * width rather than by a guessed number of characters. SVG text never wraps by itself, and a
 * reader's own text spacing (WCAG 1.4.12) or a fallback font must not push it out of its chart:
 *
 * - the charts ask for Source Sans 3, but a page may draw them in a fallback font of the stack;
 *   DejaVu Sans (what Linux gives `system-ui` and `sans-serif`) is the widest common one, about
 *   a quarter wider, and a third in bold. A label is as wide as the wider of the two.
 * - WCAG 1.4.12 lets a reader add 0.12 em between letters and 0.16 em between words; the width
 *   includes that, so a label that fits with it also fits without it.
 *
 * Metrics come from the WOFF2 files of @fontsource, for Source Sans 3 the very files the site serves
 * (src/styles/fonts.ts), read with fontkit at build time only; the browser never measures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/** How a label is set: its size in px and whether it is bold. */
export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** Letter and word spacing a reader may add under WCAG 1.4.12, in em. */
export const userSpacing = { letter: 0.12, word: 0.16 } as const;

const require = createRequire(import.meta.url);

/** Each font's files folder and file prefix; the package names are written out so tools see them used. */
const fontFiles = [
  [dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'source-sans-3'],
  [dirname(require.resolve('@fontsource/dejavu-sans/package.json')), 'dejavu-sans'],
] as const;

const loaded = new Map<string, Font[]>();

/** The fonts a label may be drawn in, at a weight: the chart font and the widest fallback. */
function fontsFor(bold: boolean): Font[] {
  const weight = bold ? 700 : 400;
  const key = String(weight);
  let fonts = loaded.get(key);
  if (!fonts) {
    fonts = fontFiles.map(([dir, file]) => {
      const font = create(readFileSync(join(dir, 'files', `${file}-latin-${weight}-normal.woff2`)));
      if (!('layout' in font)) throw new Error(`${file}: expected one font, not a collection`);
      return font;
    });
    loaded.set(key, fonts);
  }
  return fonts;
}

/**
 * The family names (from each file's name table, as a browser reports them) of the fonts a label's
 * width is measured in: a chart must be drawn in these and no other (tests/browser/fonts.test.ts asks
 * Chromium what it drew with). Fontsource's Source Sans 3 WOFF2 files name themselves "Source Sans 3
 * ExtraLight" (the name of the variable master they were cut from); their glyphs are the weight's own.
 */
export function measuredFamilies(): string[] {
  return fontsFor(false).map((font) => font.familyName);
}

/** Advance widths in em, per font and character: looked up once, then summed (full shaping is ~1000 times slower). */
const advances = new Map<Font, Map<string, number>>();

/** A character's advance in em in a font; a character the font lacks counts as its widest glyph would. */
function advanceOf(font: Font, character: string): number {
  let known = advances.get(font);
  if (!known) advances.set(font, (known = new Map()));
  let advance = known.get(character);
  if (advance === undefined) {
    const glyph = font.glyphForCodePoint(character.codePointAt(0)!);
    advance = (glyph.id === 0 ? font.unitsPerEm : glyph.advanceWidth) / font.unitsPerEm;
    known.set(character, advance);
  }
  return advance;
}

/**
 * The width in px of `text` as a chart draws it: the widest of the fonts it may be drawn in (sums
 * of advance widths; kerning only ever narrows these fonts' Latin text, so leaving it out errs wide),
 * plus the spacing a reader may add (one letter space per character, one word space per space).
 */
export function textWidth(text: string, style: TextStyle): number {
  const characters = [...text];
  const glyphs = Math.max(
    ...fontsFor(style.bold ?? false).map((font) =>
      characters.reduce((sum, character) => sum + advanceOf(font, character), 0),
    ),
  );
  const spaces = characters.filter((character) => character === ' ').length;
  return style.size * (glyphs + userSpacing.letter * characters.length + userSpacing.word * spaces);
}

/**
 * Breaks text into lines at spaces so that each line is at most `maxWidth` px as {@link textWidth}
 * measures it; a word wider than that on its own gets a line of its own.
 */
export function wrapToWidth(text: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
