import { expect, test } from 'vitest';
import { editionAlternates } from './alternates.ts';
import { counterpartPaths, localizedPath, pageLocale, splitLocalePath } from './locales.ts';

test('localizedPath and splitLocalePath map a page to its edition and back', () => {
  expect(localizedPath('en', '/chapters/risk/')).toBe('/chapters/risk/');
  expect(localizedPath('es', '/chapters/risk/')).toBe('/es/chapters/risk/');
  expect(splitLocalePath('/es/chapters/risk/')).toEqual({ locale: 'es', path: '/chapters/risk/' });
  expect(splitLocalePath('/es/')).toEqual({ locale: 'es', path: '/' });
  expect(splitLocalePath('/essays/')).toEqual({ locale: 'en', path: '/essays/' });
  expect(() => localizedPath('es', 'chapters/')).toThrow(/root-relative/);
});

test('pageLocale takes Astro.currentLocale and fails on anything that is not an edition', () => {
  expect(pageLocale('es')).toBe('es');
  expect(() => pageLocale(undefined)).toThrow(/No edition "undefined": expected one of en, es/);
  expect(() => pageLocale('fr')).toThrow(/No edition "fr"/);
});

test("every page, the educators' kit included, has its counterpart in every edition", () => {
  expect(counterpartPaths('/educators/quiz/')).toEqual([
    { locale: 'en', path: '/educators/quiz/' },
    { locale: 'es', path: '/es/educators/quiz/' },
  ]);
  expect(counterpartPaths('/es/data/')).toEqual([
    { locale: 'en', path: '/data/' },
    { locale: 'es', path: '/es/data/' },
  ]);
});

test('editionAlternates names each edition by its tag and its own name, then x-default', () => {
  expect(editionAlternates('/es/about/', 'https://site.example').links).toEqual([
    { locale: 'en', hreflang: 'en-GB', href: 'https://site.example/about/', name: 'English' },
    { locale: 'es', hreflang: 'es', href: 'https://site.example/es/about/', name: 'Español' },
    { locale: undefined, hreflang: 'x-default', href: 'https://site.example/about/', name: 'English' },
  ]);
  expect(editionAlternates('/es/educators/', 'https://site.example').links.map((link) => link.href)).toEqual([
    'https://site.example/educators/',
    'https://site.example/es/educators/',
    'https://site.example/educators/',
  ]);
});
