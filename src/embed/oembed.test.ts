import { describe, expect, test } from 'vitest';
import { embedCode } from './embed-code.ts';
import { oembedFor, oembedRichSchema, oembedUrl } from './oembed.ts';

const target = {
  site: 'https://left-open.example.org',
  chartId: 'timeline',
  title: 'Thirty days in the open',
  fallbackHeight: 700,
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
  test('oembedFor(target) is a valid rich response whose html is the default embed code', () => {
    const response = oembedFor(target);
    expect(oembedRichSchema.safeParse(response).success).toBe(true);
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: target.title,
      provider_url: 'https://left-open.example.org/',
      height: 700,
    });
    expect(response.html).toBe(embedCode(target));
    expect(response.thumbnail_url).toBeUndefined();
  });
  test('oembedFor(target) makes the thumbnail address absolute', () => {
    const response = oembedFor({ ...target, thumbnail: { url: '/charts/timeline.png', width: 1200, height: 675 } });
    expect(response).toMatchObject({
      thumbnail_url: 'https://left-open.example.org/charts/timeline.png',
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
  });
});
