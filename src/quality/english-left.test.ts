import { describe, expect, test } from 'vitest';
import { englishLeft, englishTexts, namesKeptAsWritten, translatedDataTexts } from './english-left.ts';
import type { SiteFiles } from './site.ts';

const english = {
  nav: { sources: 'Sources', about: 'About' },
  story: { chapterLabel: 'Chapter {n} of {total}', ordinal: '{count}st' },
  siteTitle: 'Left Open',
};
const spanish = {
  nav: { sources: 'Fuentes', about: 'Acerca de' },
  story: { chapterLabel: 'Capítulo {n} de {total}', ordinal: '{count}.º' },
  siteTitle: 'Left Open',
};
const bytes = (text: string) => new TextEncoder().encode(text);
const page = (body: string) =>
  bytes(`<!doctype html><html lang="es"><head><title>x</title></head><body>${body}</body></html>`);
const patterns = englishTexts(
  english,
  spanish,
  translatedDataTexts({ label: 'Support records exposed' }, { label: 'Registros expuestos' }),
);
const names = namesKeptAsWritten({
  sources: [{ title: 'Microsoft Leaves 250M Records Open', publisher: 'Threatpost' }],
  incidents: [],
});

describe('englishLeft(site, prefix, english, allowed)', () => {
  test('passes a page in Spanish with the names every edition shares', () => {
    const site: SiteFiles = new Map([
      [
        'es/index.html',
        page(
          '<a>Fuentes</a> <p>Capítulo 3 de 6</p> <p>Left Open</p> <a title="Fuente: Microsoft Leaves 250M Records Open, Threatpost">1</a>',
        ),
      ],
      ['index.html', page('<a>Sources</a>')],
    ]);
    expect(englishLeft(site, 'es/', patterns, names)).toEqual([]);
  });
  test('fails on an interface string, a filled template, an attribute and a data label left in English', () => {
    const site: SiteFiles = new Map([
      [
        'es/about/index.html',
        page(
          '<a>Sources</a><p>Chapter 3 of 6</p><button aria-label="About">x</button><th>Support records exposed</th>',
        ),
      ],
    ]);
    expect(englishLeft(site, 'es/', patterns, names)).toEqual([
      '/es/about/: "Sources" is English (nav.sources). Fix: translate it, or allow-list it if it is a name',
      '/es/about/: "Chapter 3 of 6" is English (story.chapterLabel). Fix: translate it, or allow-list it if it is a name',
      '/es/about/: "About" is English (nav.about). Fix: translate it, or allow-list it if it is a name',
      '/es/about/: "Support records exposed" is English (data.0). Fix: translate it, or allow-list it if it is a name',
    ]);
  });
  test('leaves quotations marked lang="en", code, and templates with no words of their own', () => {
    const site: SiteFiles = new Map([
      ['es/x/index.html', page('<q lang="en">Sources</q><code>About</code><p>1st</p><p lang="es">Fuentes</p>')],
    ]);
    expect(englishLeft(site, 'es/', patterns, names)).toEqual([]);
  });
});
