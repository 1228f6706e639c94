import { expect, test } from 'vitest';
import { formulaCellsInSite } from './formula-cells.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test('formulaCellsInSite(site) names every CSV cell that starts like a formula, and only those', () => {
  const site = new Map([
    ['charts/a.csv', bytes('name,change\nContoso,-5\n"=HYPERLINK(""https://evil.example/x"",""Click"")",3\n')],
    ['data/b.csv', bytes("name\n'=neutralised\n@SUM(A1)\n")],
    ['index.html', bytes('=not a csv')],
  ]);
  expect(formulaCellsInSite(site)).toEqual([
    'charts/a.csv:3 "=HYPERLINK("https://evil.example/x","Cli"',
    'data/b.csv:3 "@SUM(A1)"',
  ]);
});
