import { expect, test } from 'vitest';
import { langAttribute, sourceTitleRuns } from './source-title.ts';

test('langAttribute: none where the page language covers the run, the run language elsewhere', () => {
  expect(langAttribute('en', 'en-GB')).toBeUndefined();
  expect(langAttribute('en-GB', 'en-GB')).toBeUndefined();
  expect(langAttribute('pt-BR', 'en-GB')).toBe('pt-BR');
  expect(langAttribute('en', 'es')).toBe('en');
  expect(langAttribute('en-US', 'en-GB')).toBe('en-US');
  expect(langAttribute('es', 'es-419')).toBeUndefined();
});

test('a title in another language is marked; an English one on an English page is not', () => {
  expect(sourceTitleRuns({ title: 'Microsoft expõe 250 milhões', language: 'pt-BR' }, 'en-GB')).toEqual([
    { text: 'Microsoft expõe 250 milhões', lang: 'pt-BR' },
  ]);
  expect(sourceTitleRuns({ title: 'Internal error left data exposed', language: 'en' }, 'en-GB')).toEqual([
    { text: 'Internal error left data exposed', lang: undefined },
  ]);
  // On a Spanish page, the English titles are the ones marked.
  expect(sourceTitleRuns({ title: 'Internal error', language: 'en' }, 'es')).toEqual([
    { text: 'Internal error', lang: 'en' },
  ]);
});

test('our English note on a title stays out of its language, and the runs join back into the title', () => {
  const title = 'Broadvoice leak: esposte voicemail e trascrizioni (title not recorded exactly)';
  const runs = sourceTitleRuns({ title, language: 'it' }, 'en-GB');
  expect(runs).toEqual([
    { text: 'Broadvoice leak: esposte voicemail e trascrizioni', lang: 'it' },
    { text: '(title not recorded exactly)', lang: undefined },
  ]);
  expect(runs.map((run) => run.text).join(' ')).toBe(title);
  for (const note of ['(title not recorded)', '(exact title not located)', '(Spanish-language; title not recorded)'])
    expect(sourceTitleRuns({ title: `A report ${note}`, language: 'en' }, 'es').at(-1)).toEqual({
      text: note,
      lang: 'en',
    });
  // A parenthesis that is part of the title stays in it.
  expect(sourceTitleRuns({ title: 'Breach (update)', language: 'en' }, 'en-GB')).toHaveLength(1);
});
