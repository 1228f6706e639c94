import { expect, test } from 'vitest';
import { titleLanguageProblems } from './title-languages.ts';

const sources = [
  { id: 'cisoadvisor', title: 'Microsoft expõe 250 milhões de registros', language: 'pt-BR' },
  { id: 'msrc-2020', title: 'Access Misconfiguration for Customer Support Database', language: 'en' },
];
const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;

test('a title in another language than the page passes only inside an element with its lang', () => {
  const marked = page(
    'en-GB',
    '<cite><a href="#"><span lang="pt-BR">Microsoft expõe 250 milhões de registros</span></a></cite>',
  );
  expect(titleLanguageProblems('sources/index.html', marked, sources)).toEqual({ marked: 1, problems: [] });
  const unmarked = page('en-GB', '<cite>Microsoft expõe 250 milhões de registros</cite>');
  expect(titleLanguageProblems('sources/index.html', unmarked, sources).problems).toEqual([
    'sources/index.html: the title of source "cisoadvisor" ("Microsoft expõe 250 milhões de registros") has no ' +
      'lang="pt-BR" (render it with SourceTitle.astro)',
  ]);
  const wrongLanguage = page('en-GB', '<cite><span lang="pt">Microsoft expõe 250 milhões de registros</span></cite>');
  expect(titleLanguageProblems('x.html', wrongLanguage, sources).problems).toHaveLength(1);
});

test('English titles need no lang on an English page, and do on a Spanish one', () => {
  const english = '<cite>Access Misconfiguration for Customer Support Database</cite>';
  expect(titleLanguageProblems('a.html', page('en-GB', english), sources)).toEqual({ marked: 0, problems: [] });
  expect(titleLanguageProblems('es/a.html', page('es', english), sources).problems).toHaveLength(1);
});

test('a title that begins another source’s title is checked only where it is the whole title', () => {
  const prefixes = [
    { id: 'short', title: 'Tech support scams', language: 'en' },
    { id: 'long', title: 'Tech support scams are a growing problem', language: 'en' },
  ];
  const both =
    '<cite><span lang="en">Tech support scams</span></cite> <cite><span lang="en">Tech support scams are a growing problem</span></cite>';
  expect(titleLanguageProblems('es/a.html', page('es', both), prefixes)).toEqual({ marked: 2, problems: [] });
  const longUnmarked =
    '<cite><span lang="en">Tech support scams</span></cite> <cite>Tech support scams are a growing problem</cite>';
  expect(titleLanguageProblems('es/a.html', page('es', longUnmarked), prefixes).problems).toEqual([
    'es/a.html: the title of source "long" ("Tech support scams are a growing problem") has no lang="en" ' +
      '(render it with SourceTitle.astro)',
  ]);
});
