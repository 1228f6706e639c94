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
    expect(errors).toEqual([
      'invalid-element/index.html:14:57 element-permitted-content: <button> element is not permitted as a descendant of <a>',
    ]);
  });
  test('flags a lower-case doctype, since Astro writes it upper-case', async () => {
    expect(
      await htmlErrors(
        [{ file: 'p.html', html: '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>' }],
        config,
      ),
    ).toEqual(['p.html:1:1 doctype-style: DOCTYPE should be uppercase']);
  });
});

describe('.htmlvalidate.json', () => {
  test('allows the scroll-region pattern but still prefers native elements for other roles', async () => {
    const html = (body: string) =>
      `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${body}</body></html>`;
    expect(
      await htmlErrors(
        [
          {
            file: 'p.html',
            html: html(
              '<div tabindex="0" role="region" aria-label="Data"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
            ),
          },
        ],
        config,
      ),
    ).toEqual([]);
    expect(await htmlErrors([{ file: 'p.html', html: html('<div role="navigation">x</div>') }], config)).toEqual([
      'p.html:1:72 prefer-native-element: Prefer to use the native <nav> element',
    ]);
  });
  test('extends the recommended rules', () => {
    expect(config.extends).toEqual(['html-validate:recommended']);
  });
  test('every rule it changes has a stated reason, and every reason belongs to a rule it changes', () => {
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(relaxedRuleReasons).sort());
  });
});
