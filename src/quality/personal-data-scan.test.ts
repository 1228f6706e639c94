import { describe, expect, test } from 'vitest';
import { fixtureSite } from './fixture-site.ts';
import { figureSpellings, isScannedText, personalDataInSite } from './personal-data-scan.ts';

describe('personalDataInSite(site)', () => {
  test('finds the e-mail address in the fixture site, with file, line and how to fix it, and nothing else', () => {
    expect(personalDataInSite(fixtureSite())).toEqual([
      'personal-data/index.html:14 email "reader@mail.fake-isp.co.uk": ' +
        'use an address at a reserved domain, such as someone@example.com or XYZ@contoso.com',
    ]);
  });
  test('passes a figure of the data written with an edition grouping, and still finds the phone number it resembles', () => {
    const page = new TextEncoder().encode('<td>275.265.298</td><p>Llame al 612.345.678</p>');
    const site = new Map([['es/index.html', page]]);
    const figures = figureSpellings({ incidents: [{ records: 275_265_298 }], year: 2019 }, ['en-GB', 'es']);
    expect([...figures].sort()).toEqual(['2,019', '2019', '275,265,298', '275.265.298']);
    expect(personalDataInSite(site, figures).map((problem) => problem.split(': ')[0])).toEqual([
      'es/index.html:1 phone "612.345.678"',
    ]);
    expect(personalDataInSite(site)).toHaveLength(2);
  });
  test('scans JavaScript, CSV and JSON files too', () => {
    const site = new Map([
      ['_astro/a.js', new TextEncoder().encode('const ip = "8.8.8.8";')],
      ['charts/x.csv', new TextEncoder().encode('phone\n(425) 882-8080\n')],
      ['charts/x.png', new TextEncoder().encode('8.8.4.4')],
    ]);
    expect(personalDataInSite(site).map((problem) => problem.split(':').slice(0, 2).join(':'))).toEqual([
      '_astro/a.js:1 ipv4 "8.8.8.8"',
      'charts/x.csv:2 phone "(425) 882-8080"',
    ]);
  });
  test('reads JSON and CSV downloads as data: strings and text cells are scanned, figures are not', () => {
    const site = new Map([
      [
        'data/a.json',
        new TextEncoder().encode('[{"note": "mail jane@mail.fake-isp.co.uk", "total": 4411904342470820}]'),
      ],
      ['data/b.csv', new TextEncoder().encode('total,note\n4411904342470820,card 4539 1488 0343 6467\n')],
    ]);
    expect(personalDataInSite(site).map((problem) => problem.replace(/: use .*|: describe .*/, ''))).toEqual([
      'data/a.json [0].note email "jane@mail.fake-isp.co.uk"',
      'data/b.csv:2 card "4539 1488 0343 6467"',
    ]);
  });
});

describe('isScannedText(file)', () => {
  test('takes text formats and _headers, not images or fonts', () => {
    expect(['a.html', 'b.svg', 'c.xml', '_headers', 'd.png', 'e.woff2'].filter(isScannedText)).toEqual([
      'a.html',
      'b.svg',
      'c.xml',
      '_headers',
    ]);
  });
});
