import { describe, expect, test } from 'vitest';
import { oembedHtml } from './embed-code.ts';
import { oembedFor, oembedRichSchema, oembedUrl, oembedWidth } from './oembed.ts';

const target = {
  site: 'https://left-open.example.org',
  chartId: 'timeline',
  title: 'Thirty days in the open',
  fallbackHeight: 950,
  height: 812,
  siteName: 'Left Open',
};

describe('oembedUrl', () => {
  test('oembedUrl(site, id) sits inside the chart’s embed folder', () => {
    expect(oembedUrl('https://left-open.example.org', 'timeline')).toBe(
      'https://left-open.example.org/embed/timeline/oembed.json',
    );
  });
});

describe('oembedFor', () => {
  test('oembedFor(target) is a valid rich response: the WordPress-shaped html, and the height at its width', () => {
    const response = oembedFor(target);
    expect(oembedRichSchema.safeParse(response).success).toBe(true);
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: target.title,
      provider_url: 'https://left-open.example.org/',
      width: oembedWidth,
      height: 812,
    });
    expect(response.html).toBe(oembedHtml(target));
    expect(response.html).toContain(' height="950" ');
    expect(response.thumbnail_url).toBeUndefined();
  });
  test('oembedFor(target) makes the thumbnail address absolute and keeps its size', () => {
    const response = oembedFor({ ...target, thumbnail: { url: '/charts/timeline.png', width: 1504, height: 1252 } });
    expect(response).toMatchObject({
      thumbnail_url: 'https://left-open.example.org/charts/timeline.png',
      thumbnail_width: 1504,
      thumbnail_height: 1252,
    });
  });
});
