import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaderRules } from '../../scripts/static-server.ts';
import { securityHeaderProblems } from './security-headers.ts';

const good = new Map([
  ['strict-transport-security', 'max-age=63072000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=()'],
  ['cross-origin-opener-policy', 'same-origin'],
]);

describe('securityHeaderProblems(path, headers)', () => {
  test('accepts the required headers', () => {
    expect(securityHeaderProblems('/', good)).toEqual([]);
  });
  test('names a missing header and a weak value', () => {
    const weak = new Map(good);
    weak.delete('cross-origin-opener-policy');
    weak.set('strict-transport-security', 'max-age=3600');
    expect(securityHeaderProblems('/', weak)).toEqual([
      '/: strict-transport-security is "max-age=3600", want max-age of at least one year (31536000)',
      '/: no cross-origin-opener-policy header (want same-origin)',
    ]);
  });
});

describe('public/_headers', () => {
  const rules = parseHeaderRules(readFileSync('public/_headers', 'utf8'));
  test.each([
    '/',
    '/chapters/what-happened/',
    '/embed/timeline/',
    '/embed/child.js',
    '/charts/timeline.csv',
    '/404.html',
  ])('gives %s every security header', (path) => {
    expect(securityHeaderProblems(path, headersFor(rules, path))).toEqual([]);
  });
});
