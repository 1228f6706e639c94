import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rawColumns, type RawFileName } from '../schemas/raw.ts';
import { parse } from 'csv-parse/sync';
import { largeFigureIncidents, withIncidents } from './raw-fixture.ts';
import { formulaStartCharacters } from '../transforms/csv.ts';
import { buildDerived, rereadDifference, type RawTexts } from './build.ts';
import { formatDataError, type DataError } from './errors.ts';

const fixtureDir = 'tests/fixtures/raw';
const fixture = (): RawTexts =>
  Object.fromEntries(
    (Object.keys(rawColumns) as RawFileName[]).map((name) => [name, readFileSync(`${fixtureDir}/${name}`, 'utf8')]),
  ) as RawTexts;

/** The fixture with one line of one file replaced (1-based line numbers, as in error messages). */
function withLine(name: RawFileName, line: number, text: string): RawTexts {
  const texts = fixture();
  const lines = texts[name].split('\n');
  lines[line - 1] = text;
  return { ...texts, [name]: lines.join('\n') };
}

/** The fixture with a line appended to one file. */
function withExtraLine(name: RawFileName, text: string): RawTexts {
  const texts = fixture();
  return { ...texts, [name]: `${texts[name].trimEnd()}\n${text}\n` };
}

function errorsOf(texts: RawTexts): DataError[] {
  const result = buildDerived(texts, fixtureDir);
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
}

describe('buildDerived(valid raw files)', () => {
  test('writes every dataset as JSON and its CSV copy', () => {
    const result = buildDerived(fixture(), fixtureDir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.files).sort()).toEqual([
      'facts.csv',
      'facts.json',
      'fields.csv',
      'fields.json',
      'incidents-by-year-cause.csv',
      'incidents-by-year-cause.json',
      'incidents.csv',
      'incidents.json',
      'sources.csv',
      'sources.json',
      'timeline-events.csv',
      'timeline.json',
    ]);
  });

  test('is deterministic: the same input gives byte-identical output', () => {
    expect(buildDerived(fixture(), fixtureDir)).toEqual(buildDerived(fixture(), fixtureDir));
  });

  test('computes the exposure window length from the two bounding events', () => {
    const result = buildDerived(fixture(), fixtureDir);
    if (!result.ok) throw new Error('build failed');
    const timeline = JSON.parse(result.files['timeline.json'] ?? '');
    expect(timeline.exposureWindow).toMatchObject({ start: '2019-12-05', end: '2019-12-31', days: 26 });
    const facts = JSON.parse(result.files['facts.json'] ?? '') as { id: string; value: unknown }[];
    expect(facts.find((fact) => fact.id === 'exposure-days')?.value).toBe(26);
  });

  test('moving the fix date changes the computed exposure length', () => {
    const texts = withLine(
      'events.csv',
      5,
      'exposure-end,2020-01-02,,day,Microsoft fixes it,Engineers fix it.,response,msrc-2020,,,',
    );
    const result = buildDerived(texts, fixtureDir);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    expect(JSON.parse(result.files['timeline.json'] ?? '').exposureWindow.days).toBe(28);
  });

  test('lists which rows cite each source', () => {
    const result = buildDerived(fixture(), fixtureDir);
    if (!result.ok) throw new Error('build failed');
    const sources = JSON.parse(result.files['sources.json'] ?? '') as { id: string; citedBy: string[] }[];
    expect(sources.find((source) => source.id === 'report-b')?.citedBy).toEqual([
      'events:records-begin',
      'facts:record-span-years',
      'facts:records-exposed',
    ]);
  });
});

describe('buildDerived(malformed raw files) names the file, line, column and rule', () => {
  test('a row missing a field', () => {
    const errors = errorsOf(withLine('facts.csv', 3, 'servers,number,5,servers,Elasticsearch servers,outlet-a'));
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/raw/facts.csv', line: 3, rule: 'csv/column-count' }),
    );
  });

  test('an empty required cell', () => {
    const errors = errorsOf(withLine('facts.csv', 3, 'servers,number,5,servers,,outlet-a,single-source,,'));
    expect(errors).toContainEqual(expect.objectContaining({ line: 3, column: 'label', rule: 'schema' }));
    expect(formatDataError(errors[0]!)).toMatch(/facts\.csv:3 column "label".*Fix: fill in "label"/);
  });

  test('an impossible date', () => {
    const errors = errorsOf(
      withLine('events.csv', 3, 'exposure-start,2019-02-30,,day,Rule change,A change.,exposure,msrc-2020,,,'),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'tests/fixtures/raw/events.csv',
        line: 3,
        column: 'date',
        rule: 'schema',
        message: expect.stringContaining('not a real calendar date'),
      }),
    );
  });

  test('an impossible date in a fact value', () => {
    const errors = errorsOf(
      withLine('facts.csv', 4, 'disclosed-date,date,2020-13-01,date,Public disclosure,msrc-2020,confirmed,,'),
    );
    expect(errors).toContainEqual(expect.objectContaining({ line: 4, column: 'value', rule: 'schema' }));
  });

  test('an unknown source id', () => {
    const errors = errorsOf(
      withLine('facts.csv', 3, 'servers,number,5,servers,Elasticsearch servers,outlet-z,single-source,,'),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'tests/fixtures/raw/facts.csv',
        line: 3,
        column: 'source_ids',
        rule: 'unknown-source',
      }),
    );
  });

  test('a duplicate id', () => {
    const errors = errorsOf(
      withExtraLine('facts.csv', 'servers,number,6,servers,Servers again,outlet-a,single-source,,'),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ line: 6, column: 'id', rule: 'unique-id', message: expect.stringContaining('line 3') }),
    );
  });

  test.each([
    ['a comma-grouped count', '250,000,000'],
    ['a negative count', '-5'],
    ['a word', 'many'],
  ])('a non-numeric or negative count: %s', (_, value) => {
    const errors = errorsOf(
      withLine(
        'incidents.csv',
        4,
        `open-es-2019,Contoso Data,2019,3,"${value}",records,misconfiguration,Elasticsearch,addresses,outlet-a,,single-source,None read.`,
      ),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/raw/incidents.csv', line: 4, column: 'records', rule: 'schema' }),
    );
  });

  test('an unclosed quote points at the line where the quote opens', () => {
    const errors = errorsOf(
      withLine('events.csv', 4, 'reported,2019-12-29,,day,Reported,"The researcher reports it,discovery,outlet-a,,,'),
    );
    expect(errors).toEqual([
      expect.objectContaining({ file: 'tests/fixtures/raw/events.csv', line: 4, rule: 'csv/unclosed-quote' }),
    ]);
  });

  test('an e-mail address that is not at a reserved domain', () => {
    const errors = errorsOf(
      withLine(
        'fields.csv',
        2,
        'customer-email,Customer e-mail address,Addresses.,partly,Phishing.,jane.doe@gmail.com,msrc-2020,',
      ),
    );
    expect(errors).toContainEqual(expect.objectContaining({ line: 2, column: 'example', rule: 'personal-data/email' }));
  });

  test('a public IP address', () => {
    const errors = errorsOf(
      withLine(
        'fields.csv',
        2,
        'customer-email,Customer e-mail address,Seen from 8.8.4.4 often.,partly,Phishing.,XYZ @contoso com,msrc-2020,',
      ),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ line: 2, column: 'description', rule: 'personal-data/ipv4' }),
    );
  });

  test('a phone number that is not a fictional one', () => {
    const errors = errorsOf(
      withLine(
        'fields.csv',
        2,
        'customer-email,Customer e-mail address,Addresses.,partly,Call +1 425 882 8080 now.,XYZ @contoso com,msrc-2020,',
      ),
    );
    expect(errors).toContainEqual(expect.objectContaining({ line: 2, column: 'risk', rule: 'personal-data/phone' }));
  });

  test('reserved examples pass: example.com, contoso.com, documentation IPs, 555-01xx', () => {
    const texts = withLine(
      'fields.csv',
      2,
      'customer-email,Customer e-mail address,From 198.51.100.23 and 2001:db8::7.,partly,Call +1 425 555 0100.,' +
        'someone@example.com or XYZ@contoso.com,msrc-2020,',
    );
    expect(buildDerived(texts, fixtureDir).ok).toBe(true);
  });

  test('reports every error of a run, not only the first', () => {
    const texts = {
      ...withLine('facts.csv', 3, 'servers,number,five,servers,Elasticsearch servers,outlet-z,single-source,,'),
      'incidents.csv': withLine(
        'incidents.csv',
        4,
        'open-es-2019,Contoso Data,2019,13,1,records,misconfiguration,Elasticsearch,addresses,outlet-a,,single-source,None read.',
      )['incidents.csv'],
    };
    const rules = errorsOf(texts).map((error) => `${error.file.split('/').at(-1)}:${error.line}:${error.column}`);
    expect(rules).toEqual(
      expect.arrayContaining(['facts.csv:3:value', 'facts.csv:3:source_ids', 'incidents.csv:4:month_disclosed']),
    );
  });

  test('an unused source needs a reason', () => {
    const errors = errorsOf(
      withExtraLine('sources.csv', 'stray-2020,context,Stray,,A page nobody cites,,https://example.com/stray,2020,'),
    );
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'unused-source', line: 5 }));
    expect(
      buildDerived(
        withExtraLine(
          'sources.csv',
          'stray-2020,context,Stray,,A page,,https://example.com/stray,2020,uncited: kept for the reading list',
        ),
        fixtureDir,
      ).ok,
    ).toBe(true);
  });

  test("a source's language reaches the derived data, English when the cell is empty; a bad tag names file, line and column", () => {
    const result = buildDerived(
      withLine(
        'sources.csv',
        3,
        'outlet-a,secondary,Outlet A,,Um relatório,pt-BR,https://news.example.com/report,2020-01-22,',
      ),
      fixtureDir,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const languages = (JSON.parse(result.files['sources.json']!) as { id: string; language: string }[]).map(
      ({ id, language }) => [id, language],
    );
    expect(languages).toEqual([
      ['msrc-2020', 'en'],
      ['outlet-a', 'pt-BR'],
      ['report-b', 'en'],
    ]);
    expect(result.files['sources.csv']!.split('\n')[0]).toBe(
      'id,kind,publisher,author,title,language,url,published,note',
    );
    const errors = errorsOf(
      withLine(
        'sources.csv',
        3,
        'outlet-a,secondary,Outlet A,,A report,Portuguese,https://news.example.com/report,2020-01-22,',
      ),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        line: 3,
        column: 'language',
        rule: 'schema',
        message: expect.stringContaining('must be a BCP 47 language tag') as string,
      }),
    );
  });

  test('a disputed range must contain the main date', () => {
    const errors = errorsOf(
      withLine(
        'events.csv',
        4,
        'reported,2019-12-29,,day,Reported,Text.,discovery,outlet-a,2019-12-30,2019-12-31,Who says what',
      ),
    );
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'date-order', line: 4 }));
  });

  test("the anchor incident's records must equal the records-exposed fact, or the build names both rows", () => {
    const texts = fixture();
    const facts = texts['facts.csv'].replace(
      /^records-exposed,number,250000000,/m,
      'records-exposed,number,263000000,',
    );
    expect(facts).not.toBe(texts['facts.csv']);
    const lines = errorsOf({ ...texts, 'facts.csv': facts }).map(formatDataError);
    expect(lines).toContain(
      'tests/fixtures/raw/incidents.csv:3 column "records": "microsoft-customer-support-2019" has records 250000000, ' +
        'but "records-exposed" in tests/fixtures/raw/facts.csv:2 is 263000000 (rule: anchor-records). ' +
        "Fix: correct both to the same figure: the chart's title reads tests/fixtures/raw/facts.csv, its bar this row",
    );
    const incidents = texts['incidents.csv'].replace(
      /^(microsoft-customer-support-2019,Microsoft,2020,1,)250000000,/m,
      '$1263000000,',
    );
    expect(buildDerived({ ...texts, 'facts.csv': facts, 'incidents.csv': incidents }, fixtureDir).ok).toBe(true);
  });

  test('a wrong header', () => {
    const texts = fixture();
    const errors = errorsOf({ ...texts, 'facts.csv': texts['facts.csv'].replace('label,', 'name,') });
    expect(errors).toContainEqual(expect.objectContaining({ line: 1, rule: 'csv/header' }));
  });
});

describe('buildDerived keeps every integer exact', () => {
  test('a yearly total of 650,295,646,367 and a figure of 2^53 − 1 are written digit for digit, in JSON and CSV', () => {
    const result = buildDerived(withIncidents(), fixtureDir);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    const json = result.files['incidents-by-year-cause.json'] ?? '';
    expect(json).toContain('"headlineTotal": 650295646367,');
    expect(json).toContain('"headlineTotal": 9007199254740991,');
    const byYear = JSON.parse(json) as { year: number; cause: string; headlineTotal: number }[];
    expect(byYear.find((row) => row.year === 2018 && row.cause === 'misconfiguration')?.headlineTotal).toBe(
      650_295_646_367,
    );
    expect(result.files['incidents-by-year-cause.csv']).toContain('2018,misconfiguration,2,650295646367,records');
    expect(result.files['incidents.csv']).toContain(',9007199254740991,');
  });

  // Found by the aggregates property (incidents.property.test.ts): the guard took it for a card number.
  test('a headline figure that passes the Luhn check is a figure, not a card number', () => {
    const result = buildDerived(
      withIncidents([
        'luhn-2000,Contoso,2000,1,441190434247082,records,hack,unknown,names,outlet-a,,single-source,Synthetic: no second source read.',
      ]),
      fixtureDir,
    );
    expect(result.ok && result.files['incidents.json']).toContain('"records": 441190434247082,');
  });

  test('a total beyond 2^53 − 1 fails the build, naming the derived file and the path', () => {
    const errors = errorsOf(
      withIncidents([
        ...largeFigureIncidents,
        'max-safe-b-2017,Contoso Max,2017,2,1,records,hack,unknown,names,outlet-a,,single-source,Synthetic: no second source read.',
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/derived/incidents-by-year-cause.json',
        rule: 'derived-schema',
        message: expect.stringMatching(/headlineTotal/),
      }),
    ]);
  });

  test('rereadDifference accepts the written text and names a value that does not read back', () => {
    const result = buildDerived(withIncidents(), fixtureDir);
    if (!result.ok) throw new Error('build failed');
    const json = result.files['incidents-by-year-cause.json'] ?? '';
    expect(rereadDifference('incidents-by-year-cause.json', json)).toBeUndefined();
    // The old rounding (x * 1e6 / 1e6) wrote 650295646367.0001: an integer field must refuse it.
    expect(
      rereadDifference('incidents-by-year-cause.json', json.replace('650295646367,', '650295646367.0001,')),
    ).toMatch(/headlineTotal/);
  });
});

describe('CSV injection', () => {
  test('a raw cell =HYPERLINK(…) fails the build with file, line, column and a fix', () => {
    const errors = errorsOf(
      withLine(
        'incidents.csv',
        4,
        'open-es-2019,"=HYPERLINK(""https://evil.example/x"",""Click"")",2019,3,340000000,records,misconfiguration,Elasticsearch,addresses,outlet-a,,single-source,Synthetic: no second source read.',
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/raw/incidents.csv',
        line: 4,
        column: 'organization',
        rule: 'csv/formula-cell',
      }),
    ]);
    expect(formatDataError(errors[0]!)).toMatch(
      /incidents\.csv:4 column "organization": "=HYPERLINK\(.*starts with "=".*formula.*Fix: reword the cell/,
    );
  });

  test.each([
    ['+', '+1 425 555 0100 calls'],
    ['-', '-rf notes'],
    ['@', '@SUM(A1:A9)'],
    ['a tab', '\tname'],
  ])('a text cell starting with %s is rejected', (_, cell) => {
    const errors = errorsOf(withLine('facts.csv', 3, `servers,number,5,servers,"${cell}",outlet-a,single-source,,`));
    expect(errors).toContainEqual(expect.objectContaining({ line: 3, column: 'label', rule: 'csv/formula-cell' }));
  });

  test('a plain number with a sign is no formula: it is left to the column rule', () => {
    const errors = errorsOf(
      withLine('facts.csv', 3, 'servers,number,-5,servers,Elasticsearch servers,outlet-a,single-source,,'),
    );
    expect(errors.map((error) => error.rule)).toEqual(['schema']);
  });

  test('dashes, pluses and at signs inside a cell are fine', () => {
    const texts = withLine(
      'facts.csv',
      3,
      'servers,number,5,servers,Servers 2019-12-05 to 2019-12-31 (+/- a day) @ Contoso,outlet-a,single-source,,',
    );
    expect(buildDerived(texts, fixtureDir).ok).toBe(true);
  });

  const formulaCells = (csv: string) =>
    (parse(csv) as string[][]).flat().filter((cell) => formulaStartCharacters.some((start) => cell.startsWith(start)));

  test('no cell of a derived CSV starts with a formula character (fixture build)', () => {
    const result = buildDerived(withIncidents(), fixtureDir);
    if (!result.ok) throw new Error('build failed');
    const csvs = Object.entries(result.files).filter(([name]) => name.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(4);
    expect(csvs.flatMap(([, text]) => formulaCells(text))).toEqual([]);
  });

  test('no cell of the committed data/derived/*.csv starts with a formula character', () => {
    const names = [
      'facts.csv',
      'fields.csv',
      'incidents-by-year-cause.csv',
      'incidents.csv',
      'sources.csv',
      'timeline-events.csv',
    ];
    expect(names.flatMap((name) => formulaCells(readFileSync(`data/derived/${name}`, 'utf8')))).toEqual([]);
  });
});

test('buildDerived: a fact established by a source it does not list names the column and the fix', () => {
  const errors = errorsOf(
    withLine('facts.csv', 3, 'servers,number,5,servers,Elasticsearch servers,outlet-a,single-source,,msrc-2020'),
  );
  expect(errors).toContainEqual(
    expect.objectContaining({
      file: 'tests/fixtures/raw/facts.csv',
      line: 3,
      column: 'established_by',
      message: expect.stringMatching(/must be one of the row's source_ids \(outlet-a\)/),
    }),
  );
});
