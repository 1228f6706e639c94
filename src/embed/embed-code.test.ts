import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  ampEmbedCode,
  embedCode,
  embedPageUrl,
  escapeAttribute,
  escapeText,
  loaderUrl,
  oembedHtml,
  pymEmbedCode,
} from './embed-code.ts';

const target = {
  site: 'https://left-open.example.org',
  chartId: 'risk',
  title: 'Who was at "risk" <now>',
  fallbackHeight: 720.4,
};

/** The elements of an HTML fragment, parsed as a browser would. */
function parse(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

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
  test('embedCode(target) is a full-width iframe at the fallback height inside a <div>, then the async loader', () => {
    const [frame, script, ...rest] = embedCode(target).split('\n');
    expect(rest).toEqual([]);
    expect(frame).toMatch(/^<div><iframe src="https:\/\/left-open\.example\.org\/embed\/risk\/" /);
    expect(frame).toMatch(/<\/iframe><\/div>$/);
    expect(frame).toContain(' width="100%" height="720" ');
    expect(frame).toContain(' title="Who was at &quot;risk&quot; &lt;now&gt;" ');
    expect(script).toBe('<script async src="https://left-open.example.org/embed/loader.js"></script>');
  });
  test('escapeAttribute(text) escapes what could end an attribute or open a tag', () => {
    expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
  test('escapeText(text) escapes what could open a tag or an entity', () => {
    expect(escapeText('a & <b>')).toBe('a &amp; &lt;b&gt;');
  });
});

describe('oembedHtml', () => {
  test('oembedHtml(target) starts with the blockquote WordPress looks for, then the iframe and the loader', () => {
    const html = oembedHtml({ ...target, siteName: 'Left Open' });
    const quote =
      '<blockquote class="wp-embedded-content"><a href="https://left-open.example.org/embed/risk/">' +
      'Who was at "risk" &lt;now&gt;, Left Open</a></blockquote>\n<iframe ';
    expect(html.startsWith(quote)).toBe(true);
    const document = parse(html);
    expect(document.querySelector('blockquote + iframe')?.getAttribute('src')).toBe(
      'https://left-open.example.org/embed/risk/',
    );
    expect(document.querySelector('script')?.getAttribute('src')).toBe('https://left-open.example.org/embed/loader.js');
  });
});

describe('ampEmbedCode', () => {
  const code = ampEmbedCode({
    site: 'https://left-open.example.org',
    chartId: 'risk',
    title: target.title,
    width: 640,
    height: 812,
    placeholderImage: '/charts/risk.png',
    overflowLabel: 'Show the whole chart',
  });
  const frame = parse(code).querySelector('amp-iframe');

  test('ampEmbedCode(target) is an amp-iframe with what amp-iframe requires to resize', () => {
    // AMP's amp-iframe documentation: an https src, a static layout (width, height, layout), the
    // sandbox, and for resizing the `resizable` attribute with an `overflow` child.
    expect(frame?.getAttribute('src')).toBe('https://left-open.example.org/embed/risk/');
    expect(frame?.getAttribute('width')).toBe('640');
    expect(frame?.getAttribute('height')).toBe('812');
    expect(frame?.getAttribute('layout')).toBe('responsive');
    expect(frame?.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin');
    expect(frame?.hasAttribute('resizable')).toBe(true);
    expect(frame?.getAttribute('title')).toBe(target.title);
  });
  test('ampEmbedCode(target) has an overflow button that a keyboard can reach, and an image placeholder', () => {
    const overflow = frame?.querySelector(':scope > [overflow]');
    expect(overflow?.getAttribute('role')).toBe('button');
    expect(overflow?.getAttribute('tabindex')).toBe('0');
    expect(overflow?.getAttribute('aria-label')).toBe('Show the whole chart');
    expect(overflow?.textContent).toBe('Show the whole chart');
    const placeholder = frame?.querySelector(':scope > amp-img[placeholder]');
    expect(placeholder?.getAttribute('layout')).toBe('fill');
    expect(placeholder?.getAttribute('src')).toBe('https://left-open.example.org/charts/risk.png');
    expect(placeholder?.getAttribute('alt')).toBe(target.title);
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
