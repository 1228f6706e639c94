import { describe, expect, test } from 'vitest';
import { htmlPages, pageUrlPath, resolveReference, type SiteFiles } from './site.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const site: SiteFiles = new Map([
  ['index.html', bytes('')],
  ['about/index.html', bytes('')],
  ['404.html', bytes('')],
  ['_astro/a.css', bytes('')],
  ['charts/timeline.svg', bytes('')],
]);

describe('resolveReference(site, fromFile, reference)', () => {
  test('resolves a trailing-slash path to its index.html', () => {
    expect(resolveReference(site, 'index.html', '/about/#team')).toEqual({
      file: 'about/index.html',
      exists: true,
      fragment: 'team',
    });
  });
  test('resolves a directory without its slash, as a static host redirects it', () => {
    expect(resolveReference(site, 'index.html', '/about')).toEqual({
      file: 'about/index.html',
      exists: true,
      fragment: '',
    });
  });
  test('resolves relative references from the file that holds them', () => {
    expect(resolveReference(site, 'about/index.html', '../charts/timeline.svg?v=1')).toEqual({
      file: 'charts/timeline.svg',
      exists: true,
      fragment: '',
    });
  });
  test('reports a missing file', () => {
    expect(resolveReference(site, 'index.html', '/nowhere/')).toEqual({
      file: 'nowhere/index.html',
      exists: false,
      fragment: '',
    });
  });
  test('ignores other origins and non-http schemes', () => {
    expect(resolveReference(site, 'index.html', 'https://www.example.com/')).toBeUndefined();
    expect(resolveReference(site, 'index.html', 'mailto:someone@example.com')).toBeUndefined();
    expect(resolveReference(site, 'index.html', 'data:image/png;base64,AAAA')).toBeUndefined();
  });
  test('treats absolute URLs on the public site origin as internal', () => {
    expect(
      resolveReference(
        site,
        'index.html',
        'https://left-open.example.org/missing.png',
        'https://left-open.example.org',
      ),
    ).toEqual({
      file: 'missing.png',
      exists: false,
      fragment: '',
    });
  });
});

describe('htmlPages(site) and pageUrlPath(file)', () => {
  test('lists the HTML files, sorted', () => {
    expect(htmlPages(site)).toEqual(['404.html', 'about/index.html', 'index.html']);
  });
  test('turns index files into directory URLs and keeps other names', () => {
    expect(['index.html', 'about/index.html', '404.html'].map(pageUrlPath)).toEqual(['/', '/about/', '/404.html']);
  });
});
