import { describe, expect, test } from 'vitest';
import { cspProblems, effectiveSources, parseCsp, sha256Source } from './csp.ts';
import { fixtureSite } from './fixture-site.ts';
import { htmlPages, siteText } from './site.ts';

const site = fixtureSite();
const problemsFor = (file: string) => cspProblems(file, siteText(site, file) ?? '');
const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${head}"></head><body>${body}</body></html>`;

describe('cspProblems(file, html)', () => {
  test('passes the clean fixture pages', () => {
    expect(problemsFor('index.html')).toEqual([]);
    expect(problemsFor('about/index.html')).toEqual([]);
  });
  test('flags a script from another origin', () => {
    expect(problemsFor('external-script/index.html')).toEqual([
      'external-script/index.html: script from another origin: https://cdn.example.net/tracker.js; nothing may be loaded from another site',
    ]);
  });
  test('flags an inline event handler', () => {
    expect(problemsFor('inline-handler/index.html')).toEqual([
      'inline-handler/index.html: inline event handler onclick="document.title = 1" on <button>; attach listeners from a bundled script',
    ]);
  });
  test('flags an inline script whose hash is not in the policy, and passes it once the hash is there', () => {
    expect(problemsFor('inline-script/index.html')).toEqual([
      'inline-script/index.html: inline <script> whose hash is not in script-src ' +
        '(document.documentElement.dataset.ran = "…); let Astro bundle it',
    ]);
    const body = 'window.x = 1;';
    expect(
      cspProblems(
        'p.html',
        page(`script-src 'self' ${sha256Source(body)}; style-src 'self'`, `<script>${body}</script>`),
      ),
    ).toEqual([]);
  });
  test('flags a page without a meta policy', () => {
    expect(cspProblems('p.html', '<!DOCTYPE html><title>x</title>')).toEqual([
      'p.html: no <meta http-equiv="content-security-policy">; pages must go through BaseLayout so Astro adds the policy',
    ]);
  });
  test("flags 'unsafe-inline' and 'unsafe-eval' in script-src, also through default-src", () => {
    expect(cspProblems('p.html', page("default-src 'self' 'unsafe-inline'; style-src 'self'"))).toEqual([
      "p.html: script-src allows 'unsafe-inline'; use hashed scripts (Astro's security.csp) instead",
    ]);
    expect(cspProblems('p.html', page("script-src 'self' 'unsafe-eval'; style-src 'self'"))).toEqual([
      "p.html: script-src allows 'unsafe-eval'",
    ]);
  });
  test('flags style attributes, unhashed <style> (also inside SVG) and javascript: URLs', () => {
    const problems = cspProblems(
      'p.html',
      page(policy, '<p style="color:red">x</p><svg><style>.a{fill:red}</style></svg><a href="javascript:void 0">x</a>'),
    );
    expect(problems).toEqual([
      'p.html: style="color:red" attribute on <p> needs \'unsafe-inline\'; use a class or set the property from a script',
      'p.html: javascript: URL in href on <a>',
      'p.html: inline <style> whose hash is not in style-src (.a{fill:red}…); move it to a stylesheet',
    ]);
  });
  test('ignores data blocks such as JSON-LD', () => {
    expect(cspProblems('p.html', page(policy, '<script type="application/ld+json">{"a":1}</script>'))).toEqual([]);
  });
  test('finds only the problems each fixture page was made with', () => {
    const flagged = htmlPages(site).filter((file) => problemsFor(file).length > 0);
    expect(flagged).toEqual(['external-script/index.html', 'inline-handler/index.html', 'inline-script/index.html']);
  });
});

describe('parseCsp(policy) and effectiveSources(policy, directive)', () => {
  test('falls back to default-src and keeps the first of a repeated directive', () => {
    const parsed = parseCsp("default-src 'self'; style-src 'none'; style-src *");
    expect(effectiveSources(parsed, 'script-src')).toEqual(["'self'"]);
    expect(effectiveSources(parsed, 'style-src')).toEqual(["'none'"]);
  });
});

describe('sha256Source(body)', () => {
  test('matches the hash browsers compute for an empty body', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
