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
