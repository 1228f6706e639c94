import { describe, expect, test } from 'vitest';
import { apaCitation, bibtexCitation, chartCitations, escapeBibtex, mlaCitation, type ChartCitation } from './cite.ts';

const chart: ChartCitation = {
  id: 'timeline',
  title: 'Thirty days in the open',
  version: '1.2',
  date: '2026-09-04',
  url: 'https://left-open.example.org/embed/timeline/',
  publisher: 'Left Open',
};

describe('apaCitation', () => {
  test('apaCitation(chart) names the site once, with the full date, version and URL', () => {
    expect(apaCitation(chart)).toBe(
      'Left Open. (2026, September 4). Thirty days in the open (Version 1.2) [Chart]. https://left-open.example.org/embed/timeline/',
    );
  });
});

describe('mlaCitation', () => {
  test('mlaCitation(chart) quotes the title, abbreviates the month and drops the protocol', () => {
    expect(mlaCitation(chart)).toBe(
      '“Thirty days in the open.” Left Open, version 1.2, 4 Sept. 2026, left-open.example.org/embed/timeline/.',
    );
  });
  test('mlaCitation(chart) keeps a title’s own question mark instead of adding a full stop', () => {
    expect(mlaCitation({ ...chart, title: 'Who was at risk?', date: '2026-05-01' })).toMatch(
      /^“Who was at risk\?” Left Open, version 1\.2, 1 May 2026,/,
    );
  });
});

describe('bibtexCitation', () => {
  test('bibtexCitation(chart) is a @misc entry keyed by site, chart and version', () => {
    const entry = bibtexCitation(chart);
    expect(entry.split('\n')[0]).toBe('@misc{leftopen-timeline-v1.2,');
    expect(entry).toContain('  author = {{Left Open}},');
    expect(entry).toContain('  title = {{Thirty days in the open}},');
    expect(entry).toContain('  version = {1.2},');
    expect(entry).toContain('  month = sep,');
    expect(entry).toContain('  date = {2026-09-04},');
    expect(entry).toContain('  url = {https://left-open.example.org/embed/timeline/},');
    expect(entry.endsWith('\n}')).toBe(true);
  });
  test('escapeBibtex(text) escapes TeX specials so titles print as written', () => {
    expect(escapeBibtex('50% of R&D_files {#1} $5 ~ ^ \\')).toBe(
      '50\\% of R\\&D\\_files \\{\\#1\\} \\$5 \\~{} \\^{} \\textbackslash{}',
    );
  });
});

describe('chartCitations', () => {
  test('chartCitations(chart) returns all three styles', () => {
    expect(chartCitations(chart)).toEqual({
      apa: apaCitation(chart),
      mla: mlaCitation(chart),
      bibtex: bibtexCitation(chart),
    });
  });
  test.each([
    ['an impossible date', { date: '2026-13-01' }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
    ['a version with spaces', { version: '1 2' }],
  ])('chartCitations refuses %s', (_, change) => {
    expect(() => chartCitations({ ...chart, ...change })).toThrow();
  });
});

test('chartCitations(chart, "es") writes the Spanish conventions of APA, MLA and BibTeX', () => {
  const spanish = chartCitations(
    {
      id: 'timeline',
      title: 'Abierta durante 26 días',
      version: '1.1',
      date: '2026-12-01',
      url: 'https://left-open.example.org/es/embed/timeline/',
      publisher: 'Left Open',
    },
    'es',
  );
  expect(spanish.apa).toBe(
    'Left Open. (2026, 1 de diciembre). Abierta durante 26 días (Versión 1.1) [Gráfico]. https://left-open.example.org/es/embed/timeline/',
  );
  expect(spanish.mla).toBe(
    '“Abierta durante 26 días.” Left Open, versión 1.1, 1 dic. 2026, left-open.example.org/es/embed/timeline/.',
  );
  expect(spanish.bibtex).toContain('@misc{leftopen-timeline-v1.1-es,');
  expect(spanish.bibtex).toContain('  note = {Versión 1.1 del 1 de diciembre de 2026},\n  language = {spanish}\n}');
});
