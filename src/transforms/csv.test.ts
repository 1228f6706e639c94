import { describe, expect, test } from 'vitest';
import { csvCellText, csvTable, startsLikeFormula } from './csv.ts';

describe('startsLikeFormula(text)', () => {
  test.each([
    '=HYPERLINK("https://evil.example/x","Click")',
    '+1 425 555 0100',
    '-2+3',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '=1',
  ])('%j starts like a formula', (text) => expect(startsLikeFormula(text)).toBe(true));
  test.each(['-5', '+3.2', '-0.5e-3', '.5', 'Contoso', '2019-12-05', '', "'=already text", ' =x'])(
    '%j does not',
    (text) => expect(startsLikeFormula(text)).toBe(false),
  );
});

describe('csvCellText(value)', () => {
  test('prefixes text that starts like a formula with a quote mark, as OWASP advises', () => {
    expect(csvCellText('=HYPERLINK("https://evil.example/x","Click")')).toBe(
      `'=HYPERLINK("https://evil.example/x","Click")`,
    );
    expect(csvCellText(['@a', 'b'])).toBe("'@a;b");
  });
  test('leaves numbers, negative ones too, and ordinary text as they are', () => {
    expect([-5, 650295646367, 'Contoso', undefined, null, ['s1', 's2'], true].map(csvCellText)).toEqual([
      '-5',
      '650295646367',
      'Contoso',
      '',
      '',
      's1;s2',
      'true',
    ]);
  });
});

describe('csvTable(header, rows)', () => {
  test('quotes cells with commas, quotes or line breaks, neutralises formulas and ends with a newline', () => {
    expect(
      csvTable(
        ['id', 'note'],
        [
          ['a', 'x, "y"\nz'],
          ['b', '=1+1'],
          ['c', -5],
        ],
      ),
    ).toBe('id,note\na,"x, ""y""\nz"\nb,\'=1+1\nc,-5\n');
  });
});
