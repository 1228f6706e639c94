import { describe, expect, test } from 'vitest';
import { fixtureSite, problemsOf } from './fixture-site.ts';
import { htmlErrors, loadHtmlValidateConfig, relaxedRuleReasons } from './html-validity.ts';
import { htmlPages, siteText } from './site.ts';

const config = loadHtmlValidateConfig();

describe('htmlErrors(sources, config)', async () => {
  const site = fixtureSite();
  const errors = await htmlErrors(
    htmlPages(site).map((file) => ({ file, html: siteText(site, file) ?? '' })),
    config,
  );
  test('passes the clean fixture pages', () => {
    expect(problemsOf(errors, 'index.html')).toEqual([]);
    expect(problemsOf(errors, 'about/index.html')).toEqual([]);
  });
  test('names file, position and rule of an invalid element', () => {
    expect(errors).toEqual(['invalid-element/index.html:14:57 element-permitted-content: <button> element is not permitted as a descendant of <a>']);
  });
  test('flags a lower-case doctype, since Astro writes it upper-case', async () => {
    expect(await htmlErrors([{ file: 'p.html', html: '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>' }], config)).toEqual([
      'p.html:1:1 doctype-style: DOCTYPE should be uppercase',
    ]);
  });
});

describe('.htmlvalidate.json', () => {
  test('extends the recommended rules', () => {
    expect(config.extends).toEqual(['html-validate:recommended']);
  });
  test('every rule it changes has a stated reason, and every reason belongs to a rule it changes', () => {
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(relaxedRuleReasons).sort());
  });
});
