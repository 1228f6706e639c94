import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { stringsFor } from '../lib/strings.ts';
import {
  rawColumns,
  translatedColumns,
  translationFiles,
  type RawFileName,
  type TranslationFileName,
} from '../schemas/raw.ts';
import { buildDerived, type EditionInput, type RawTexts } from './build.ts';
import { formatDataError } from './errors.ts';
import { readCsv } from './read-csv.ts';
import { readTranslationFile } from './translations.ts';

const fixtureDir = 'tests/fixtures/raw';
const fixture = (): RawTexts =>
  Object.fromEntries(
    (Object.keys(rawColumns) as RawFileName[]).map((name) => [name, readFileSync(`${fixtureDir}/${name}`, 'utf8')]),
  ) as RawTexts;

/** A translation of a fixture file: every text cell the English has, prefixed "ES ", in the file's translation columns. */
function translationOf(name: TranslationFileName, edit: (rows: string[][]) => string[][] = (rows) => rows): string {
  const english = parse(fixture()[name], { columns: true }) as Record<string, string>[];
  const columns = ['id', ...translatedColumns[name].required];
  const rows = english.map((row) =>
    columns.map((column) => (column === 'id' || !row[column] ? (row[column] ?? '') : `ES ${row[column]}`)),
  );
  // Written by hand, not by the site's CSV writer, which would defuse the formula cells these tests plant.
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [columns, ...edit(rows)].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

const edition = (texts: Partial<Record<TranslationFileName, string>>): EditionInput => ({
  dir: 'tests/fixtures/raw/es',
  texts: { ...Object.fromEntries(translationFiles.map((name) => [name, translationOf(name)])), ...texts },
  text: stringsFor('es').derivedData,
});

const messages = (texts: Partial<Record<TranslationFileName, string>>) => {
  const result = buildDerived(fixture(), fixtureDir, edition(texts));
  return result.ok ? [] : result.errors.map(formatDataError);
};

describe('an edition built from the English rows and its translations', () => {
  test('has the English figures, ids and kinds, with the translated text in place', () => {
    const english = buildDerived(fixture(), fixtureDir);
    const spanish = buildDerived(fixture(), fixtureDir, edition({}));
    if (!english.ok || !spanish.ok) throw new Error('the fixture builds');
    const facts = (files: Record<string, string>) =>
      JSON.parse(files['facts.json'] ?? '[]') as Record<string, unknown>[];
    const curated = facts(spanish.files).filter((fact) => fact['computed'] === false);
    expect(curated.map((fact) => [fact['id'], fact['value']])).toEqual(
      facts(english.files)
        .filter((fact) => fact['computed'] === false)
        .map((fact) => [fact['id'], fact['value']]),
    );
    expect(curated.every((fact) => String(fact['label']).startsWith('ES '))).toBe(true);
    // Computed facts take their words from the edition's strings; kinds of unit stay the English rows'.
    expect(facts(spanish.files).find((fact) => fact['id'] === 'exposure-days')?.['label']).toBe(
      stringsFor('es').derivedData.computedFacts.exposureDays.label,
    );
    const kinds = (files: Record<string, string>) =>
      (JSON.parse(files['incidents.json'] ?? '[]') as { id: string; kind: string; kindRank: number }[]).map(
        ({ id, kind, kindRank }) => [id, kind, kindRank],
      );
    expect(kinds(spanish.files)).toEqual(kinds(english.files));
  });

  test('an id the English file lacks, a missing row, a duplicate and an empty cell each name file, line, rule and fix', () => {
    const facts = translationOf('facts.csv', (rows) => [
      ['no-such-fact', 'Etiqueta', ''],
      ...rows.slice(1).map((row, index) => (index === 0 ? [row[0]!, '', row[2]!] : row)),
      rows[2]!,
    ]);
    const first = readCsv(fixture()['facts.csv'], 'x', rawColumns['facts.csv']).records[0]!.cells['id'];
    const lines = messages({ 'facts.csv': facts });
    expect(lines).toContain(
      'tests/fixtures/raw/es/facts.csv:2 column "id": id "no-such-fact" is not in tests/fixtures/raw/facts.csv ' +
        '(rule: translation/unknown-id). Fix: correct the id to one of tests/fixtures/raw/facts.csv, or remove the row',
    );
    expect(lines).toContain(
      `tests/fixtures/raw/es/facts.csv:1 column "id": no row translates "${first}" (tests/fixtures/raw/facts.csv:2) ` +
        `(rule: translation/missing-row). Fix: add a row for "${first}" with its label, note`,
    );
    expect(
      lines.some(
        (line) => line.includes(`column "label": "label" is empty`) && line.includes('translation/empty-cell'),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.includes('(rule: unique-id)'))).toBe(true);
  });

  test("a source's note is translated, its title and publisher are not, and a new English source needs its row", () => {
    const spanish = buildDerived(fixture(), fixtureDir, edition({}));
    if (!spanish.ok) throw new Error('the fixture builds');
    const sources = JSON.parse(spanish.files['sources.json'] ?? '[]') as Record<string, string | undefined>[];
    expect(sources.find((source) => source.id === 'report-b')).toMatchObject({
      title: 'The original report',
      publisher: 'Researcher B',
      note: 'ES Not located; known through quotes in Outlet A.',
    });
    const texts = fixture();
    const added = `${texts['sources.csv'].trimEnd()}\nnew-2020,context,New,,A new page,,,2020,uncited: kept for reading\n`;
    const result = buildDerived({ ...texts, 'sources.csv': added }, fixtureDir, edition({}));
    expect(result.ok ? [] : result.errors.map(formatDataError)).toContain(
      'tests/fixtures/raw/es/sources.csv:1 column "id": no row translates "new-2020" (tests/fixtures/raw/sources.csv:5) ' +
        '(rule: translation/missing-row). Fix: add a row for "new-2020" with its note',
    );
  });

  test('a translated cell breaks the same rules as an English one: formula cells, personal data, the chart-label limit', () => {
    const events = translationOf('events.csv', (rows) =>
      rows.map((row, index) =>
        index === 0 ? [row[0]!, 'Un título mucho más largo que cuarenta caracteres', '=HYPERLINK("x")', row[3]!] : row,
      ),
    );
    const fields = translationOf('fields.csv', (rows) =>
      rows.map((row, index) =>
        index === 0 ? [row[0]!, row[1]!, 'escriba a alguien@correo-real.es', row[3]!, row[4]!] : row,
      ),
    );
    const lines = messages({ 'events.csv': events, 'fields.csv': fields });
    expect(
      lines.some(
        (line) =>
          line.startsWith('tests/fixtures/raw/es/events.csv:2 column "title"') && line.includes('40 characters'),
      ),
    ).toBe(true);
    expect(
      lines.some(
        (line) => line.startsWith('tests/fixtures/raw/es/events.csv:2 column "summary"') && line.includes('formula'),
      ),
    ).toBe(true);
    expect(
      lines.some(
        (line) =>
          line.startsWith('tests/fixtures/raw/es/fields.csv:2 column "description"') &&
          line.includes('personal-data/email'),
      ),
    ).toBe(true);
  });

  test('a missing translation file or a wrong header says what to write', () => {
    const texts = edition({}).texts;
    delete texts['incidents.csv'];
    const result = buildDerived(fixture(), fixtureDir, { ...edition({}), texts });
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      'tests/fixtures/raw/es/incidents.csv:1 column "id": tests/fixtures/raw/es/incidents.csv cannot be read ' +
        '(rule: translation/missing-file). ' +
        'Fix: create it with one row per id of tests/fixtures/raw/incidents.csv (header: see translatedColumns in src/schemas/raw.ts)',
    ]);
    const header = readTranslationFile('facts.csv', 'id,etiqueta,nota\nx,y,z\n', 'es/facts.csv', [], 'facts.csv');
    expect(header.errors.map(formatDataError)[0]).toBe(
      'es/facts.csv:1: the header is "id,etiqueta,nota" (rule: csv/header). Fix: make the first line exactly: id,label,note',
    );
  });
});
