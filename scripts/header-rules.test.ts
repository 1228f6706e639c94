import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chartIds } from '../src/charts/registry.ts';
import {
  cloudflareHeadersFor,
  framingPolicy,
  matchesNetlifyPattern,
  matchesPattern,
  netlifyHeadersFor,
  parseHeaderRules,
} from './header-rules.ts';

describe('parseHeaderRules', () => {
  test('parseHeaderRules(text) reads paths, headers and "!" detach lines, skipping comments', () => {
    const rules = parseHeaderRules('# comment\n/*\n  A: 1\n  B: x: y\n\n/a/\n  ! A\n  A: 2\n');
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['A', '1'],
          ['B', 'x: y'],
        ],
        detach: [],
      },
      { pattern: '/a/', headers: [['A', '2']], detach: ['a'] },
    ]);
  });
});

describe('pattern matching', () => {
  test.each([
    ['/*', '/', true, true],
    ['/embed/:chart/', '/embed/timeline/', true, true],
    ['/embed/:chart/', '/embed/', false, false],
    ['/embed/:chart/', '/embed/timeline', false, true],
    ['/embed/:chart/', '/embed/child.js', false, true],
    ['/embed/:chart/', '/embed/timeline/oembed.json', false, false],
    ['/embed/*/', '/embed/', false, true],
    ['/embed/*.js', '/embed/child.js', true, true],
    ['/embed/*.js', '/embed/timeline/oembed.json', false, false],
    ['/_astro/*', '/_astro/a.b.js', true, true],
    ['/Embed/:chart/', '/embed/timeline/', false, true],
  ])('%s against %s: Cloudflare %s, Netlify %s', (pattern, path, cloudflare, netlify) => {
    expect(matchesPattern(pattern, path)).toBe(cloudflare);
    expect(matchesNetlifyPattern(pattern, path)).toBe(netlify);
  });
});

describe('how each host resolves several matching rules', () => {
  const rules = parseHeaderRules('/*\n  X-A: site\n  X-B: site\n/page/\n  ! X-A\n  X-B: page\n');
  test('cloudflareHeadersFor joins a header two rules set and drops a detached one', () => {
    expect(Object.fromEntries(cloudflareHeadersFor(rules, '/page/'))).toEqual({ 'x-b': 'site, page' });
  });
  test('netlifyHeadersFor lets the later rule win and ignores "!"', () => {
    expect(Object.fromEntries(netlifyHeadersFor(rules, '/page/'))).toEqual({ 'x-a': 'site', 'x-b': 'page' });
  });
  test('cloudflareHeadersFor keeps only the last block of a path given twice', () => {
    const twice = parseHeaderRules('/*\n  X-A: first\n/*\n  X-B: second\n');
    expect(Object.fromEntries(cloudflareHeadersFor(twice, '/'))).toEqual({ 'x-b': 'second' });
    expect(Object.fromEntries(netlifyHeadersFor(twice, '/'))).toEqual({ 'x-a': 'first', 'x-b': 'second' });
  });
});

describe('framingPolicy', () => {
  test.each([
    [{ 'content-security-policy': 'frame-ancestors *', 'x-frame-options': 'SAMEORIGIN' }, 'frame-ancestors *'],
    [{ 'content-security-policy': "default-src 'self'; frame-ancestors 'self'" }, "frame-ancestors 'self'"],
    [
      { 'content-security-policy': "frame-ancestors 'self', frame-ancestors *" },
      "frame-ancestors 'self', frame-ancestors *",
    ],
    [{ 'x-frame-options': 'sameorigin' }, "frame-ancestors 'self'"],
    [{}, 'frame-ancestors *'],
  ])('framingPolicy(%j) is %s', (headers, policy) => {
    expect(framingPolicy(new Map(Object.entries(headers)))).toBe(policy);
  });
});

describe('public/_headers on Cloudflare Pages and on Netlify', () => {
  const rules = parseHeaderRules(readFileSync('public/_headers', 'utf8'));
  const hosts = { 'Cloudflare Pages': cloudflareHeadersFor, Netlify: netlifyHeadersFor };
  const embedPages = chartIds.map((id) => `/embed/${id}/`);
  const otherPages = ['/', '/embed/', '/sources/', '/chapters/what-happened/', '/charts/', '/educators/', '/404.html'];

  describe.each(Object.entries(hosts))('%s', (_, resolve) => {
    test.each(embedPages)('%s may be framed by any site, and by one policy only', (path) => {
      expect(framingPolicy(resolve(rules, path))).toBe('frame-ancestors *');
    });
    test.each(otherPages)('%s may be framed only by this site', (path) => {
      expect(framingPolicy(resolve(rules, path))).toBe("frame-ancestors 'self'");
      expect(resolve(rules, path).get('x-frame-options')).toBe('SAMEORIGIN');
    });
    test.each([
      '/_astro/ChartFigure.astro_astro_type_script_index_0_lang.VCun5gDG.js',
      '/_astro/global.css',
      '/embed/child.js',
      '/embed/loader.js',
      '/embed/timeline/oembed.json',
    ])('%s is readable from any origin (CORS)', (path) => {
      expect(resolve(rules, path).get('access-control-allow-origin')).toBe('*');
    });
    test('pages are not opened to other origins', () => {
      for (const path of [...embedPages, ...otherPages])
        expect(resolve(rules, path).has('access-control-allow-origin')).toBe(false);
    });
    test.each([...embedPages, ...otherPages, '/embed/child.js'])('%s gets every site-wide security header', (path) => {
      const headers = resolve(rules, path);
      for (const name of [
        'strict-transport-security',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'cross-origin-opener-policy',
      ])
        expect(headers.has(name), name).toBe(true);
    });
  });
});
