import { describe, expect, test } from 'vitest';
import { embedCode, embedPageUrl, escapeAttribute, loaderUrl, pymEmbedCode } from './embed-code.ts';

const target = {
  site: 'https://left-open.example.org',
  chartId: 'risk',
  title: 'Who was at "risk" <now>',
  fallbackHeight: 720.4,
};

describe('embed URLs', () => {
  test('embedPageUrl(site, id) is the chart’s embed page, whatever path the site address has', () => {
    expect(embedPageUrl('https://left-open.example.org/some/page', 'risk')).toBe(
      'https://left-open.example.org/embed/risk/',
    );
  });
  test('loaderUrl(site) is /embed/loader.js on that site', () => {
    expect(loaderUrl(new URL('http://localhost:4321/'))).toBe('http://localhost:4321/embed/loader.js');
  });
});

describe('embedCode', () => {
  test('embedCode(target) is a full-width iframe at the fallback height, then the async loader', () => {
    const [iframe, script, ...rest] = embedCode(target).split('\n');
    expect(rest).toEqual([]);
    expect(iframe).toMatch(/^<iframe src="https:\/\/left-open\.example\.org\/embed\/risk\/" /);
    expect(iframe).toContain(' width="100%" height="720" ');
    expect(iframe).toContain(' title="Who was at &quot;risk&quot; &lt;now&gt;" ');
    expect(script).toBe('<script async src="https://left-open.example.org/embed/loader.js"></script>');
  });
  test('escapeAttribute(text) escapes what could end an attribute or open a tag', () => {
    expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
});

describe('pymEmbedCode', () => {
  test('pymEmbedCode(target) creates a pym.Parent on its own container', () => {
    const code = pymEmbedCode(target);
    expect(code).toContain('<div id="left-open-risk"></div>');
    expect(code).toContain(
      'new pym.Parent("left-open-risk", "https://left-open.example.org/embed/risk/", { title: "Who was at \\"risk\\" \\u003cnow>" });',
    );
    expect(code).not.toContain('<now');
  });
});
