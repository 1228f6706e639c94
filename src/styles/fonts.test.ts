import { describe, expect, test } from 'vitest';
import { fontFaceCss, latinUnicodeRange, textFaceFamily, textFaceFiles, textFontStack } from './fonts.ts';

/** The @font-face blocks of the CSS, each as its declarations keyed by property. */
function faces(css: string): Record<string, string>[] {
  return [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) =>
    Object.fromEntries(
      body!
        .split(';')
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration) => [
          declaration.slice(0, declaration.indexOf(':')),
          declaration.slice(declaration.indexOf(':') + 1).trim(),
        ]),
    ),
  );
}

describe('fontFaceCss(fileUrl)', () => {
  const all = faces(fontFaceCss((path) => `./files/${path.split('/').pop()}`));
  const webFaces = all.filter((face) => face['font-family'] === `'${textFaceFamily}'`);
  const fallbackFaces = all.filter((face) => face['font-family']?.includes('Fallback'));

  test('declares one Latin face per weight, from the address fileUrl gives, that never swaps in late', () => {
    expect(webFaces.map((face) => face['font-weight'])).toEqual(Object.keys(textFaceFiles));
    for (const face of webFaces) {
      expect(face['font-display']).toBe('optional');
      expect(face['unicode-range']).toBe(latinUnicodeRange);
      expect(face.src).toMatch(/^url\('\.\/files\/source-sans-3-latin-\d00-normal\.woff2'\) format\('woff2'\)$/);
    }
  });

  test('sizes each local fallback to Source Sans 3, in every weight, from that weight’s own local file', () => {
    expect(fallbackFaces).toHaveLength(2 * Object.keys(textFaceFiles).length);
    for (const face of fallbackFaces) {
      expect(face['size-adjust']).toMatch(/^9\d\.\d+%$/);
      expect(face['ascent-override']).toMatch(/%$/);
      expect(face['descent-override']).toMatch(/%$/);
      const bold = face['font-weight'] === '700';
      for (const name of face.src!.split(', ')) expect(name.includes('Bold'), name).toBe(bold);
    }
    expect(fallbackFaces.find((face) => face['font-weight'] === '700')?.src).toContain("local('Liberation Sans Bold')");
  });
});

test('textFontStack() asks for the face, then its sized fallbacks, then the system sans', () => {
  expect(textFontStack()).toBe(
    `"${textFaceFamily}", "${textFaceFamily} Fallback: Arial", "${textFaceFamily} Fallback: Roboto", ` +
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  );
});
