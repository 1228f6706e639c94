import { describe, expect, test } from 'vitest';
import { oembedHtml } from '../../src/embed/embed-code.ts';
import { kses, moveIframeTitleFirst, wordpressOembedMarkup, wordpressSecret } from '../browser/wordpress.ts';

const html = oembedHtml({
  site: 'https://left-open.example.org',
  chartId: 'timeline',
  title: 'Open for 26 days',
  fallbackHeight: 949,
  siteName: 'Left Open',
});

describe('the port of WordPress 6.1’s oEmbed filters (wp-includes/embed.php)', () => {
  test('kses(html, allowed) keeps allowed tags with their allowed attributes and drops the rest', () => {
    expect(kses('<p class="x"><a href="/a" onclick="x()">A</a><script src="s.js"></script></p>', { a: ['href'] })).toBe(
      '<a href="/a">A</a>',
    );
  });
  test('moveIframeTitleFirst(html) puts the title first, as wp_filter_oembed_iframe_title_attribute does', () => {
    expect(moveIframeTitleFirst('<iframe src="/e/" title="T" width="100%"></iframe>')).toBe(
      '<iframe title="T" src="/e/" width="100%"></iframe>',
    );
  });
  test('wordpressOembedMarkup(our oEmbed html, secret) is what a WordPress post prints', () => {
    expect(wordpressOembedMarkup(html, 'Ab3dE6gH9k')).toBe(
      '<blockquote class="wp-embedded-content" data-secret="Ab3dE6gH9k">' +
        '<a href="https://left-open.example.org/embed/timeline/">Open for 26 days, Left Open</a></blockquote>' +
        '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ' +
        'style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="Open for 26 days" ' +
        'src="https://left-open.example.org/embed/timeline/#?secret=Ab3dE6gH9k" data-secret="Ab3dE6gH9k" ' +
        'width="100%" height="949" frameborder="0"></iframe>',
    );
  });
  test('wordpressOembedMarkup refuses html without an iframe, as WordPress shows nothing then', () => {
    expect(() => wordpressOembedMarkup('<blockquote><a href="/">x</a></blockquote>', 'abc')).toThrow(/no iframe/);
  });
  test('wordpressSecret() is ten letters and digits', () => {
    expect(wordpressSecret()).toMatch(/^[A-Za-z0-9]{10}$/);
  });
});
