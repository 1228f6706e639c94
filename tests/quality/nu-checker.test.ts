/**
 * The W3C Nu HTML checker over every HTML page and SVG file of dist/: zero errors. The same
 * Java run also checks tests/fixtures/quality/validators/, which shows what each of the two
 * validators finds that the other does not, and so why html-validate stays beside vnu.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, test } from 'vitest';
import { htmlErrors, loadHtmlValidateConfig } from '../../src/quality/html-validity.ts';
import { nuFindings, runNuChecker } from '../../src/quality/nu-checker.ts';
import { htmlPages } from '../../src/quality/site.ts';
import { distRoot, readDist } from './dist.ts';

const fixtureDir = 'tests/fixtures/quality/validators';
let dist: string[] = [];
let fixtures: string[] = [];

beforeAll(async () => {
  const site = readDist();
  const files = [...htmlPages(site), ...[...site.keys()].filter((file) => file.endsWith('.svg')).sort()].map((file) =>
    join(distRoot, file),
  );
  const fixtureFiles = readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(fixtureDir, name));
  const start = performance.now();
  const output = await runNuChecker([...files, ...fixtureFiles]);
  console.info(
    `Nu checker: ${files.length + fixtureFiles.length} files in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  const findings = nuFindings(output, resolve('.'));
  dist = findings.filter((finding) => finding.startsWith(`${distRoot}/`));
  fixtures = findings.filter((finding) => finding.startsWith(`${fixtureDir}/`));
});

test('the Nu checker finds no error in any page or SVG file of dist/', () => {
  expect(dist).toEqual([]);
});

describe('vnu and html-validate find different things (fixture pages)', () => {
  test('vnu finds an invalid SVG attribute value, aria-label on <pre> and a script after </html>', () => {
    expect(fixtures.map((finding) => finding.replace(/^[^ ]+ /, ''))).toEqual([
      'Bad value “tabular-nums” for attribute “font-variant” on element “g”.',
      expect.stringMatching(/^The “aria-label” attribute must not be specified on any “pre” element/),
      'Stray start tag “script”.',
      'Cannot recover after last error. Any further errors will be ignored.',
    ]);
    expect(fixtures.every((finding) => finding.startsWith(`${fixtureDir}/nu-only.html:`))).toBe(true);
  });
  test('html-validate finds none of those, but six rule breaks vnu misses', async () => {
    const { readFile } = await import('node:fs/promises');
    const sources = await Promise.all(
      ['nu-only.html', 'html-validate-only.html'].map(async (file) => ({
        file,
        html: await readFile(join(fixtureDir, file), 'utf8'),
      })),
    );
    const errors = await htmlErrors(sources, loadHtmlValidateConfig());
    expect(errors.map((error) => error.replace(/:\d+:\d+ /, ' ').replace(/:.*/, ''))).toEqual([
      'html-validate-only.html no-implicit-button-type',
      'html-validate-only.html text-content',
      'html-validate-only.html prefer-native-element',
      'html-validate-only.html no-inline-style',
      'html-validate-only.html no-implicit-input-type',
      'html-validate-only.html wcag/h30',
    ]);
  });
});
