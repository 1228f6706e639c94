import { expect, test } from 'vitest';
import { chartDownloads, chartEmbedHref, chartFileHref, figureHeadingId } from './download-links.ts';

test('chartDownloads(id) lists the SVG, PNG, CSV and JSON files under /charts/', () => {
  expect(chartDownloads('record-volume').map((download) => download.href)).toEqual([
    '/charts/record-volume.svg',
    '/charts/record-volume.png',
    '/charts/record-volume.csv',
    '/charts/record-volume.json',
  ]);
});

test('chartFileHref, chartEmbedHref and figureHeadingId encode what they are given', () => {
  expect(chartFileHref('a b', 'csv')).toBe('/charts/a%20b.csv');
  expect(chartEmbedHref('risk')).toBe('/embed/risk/');
  expect(figureHeadingId('risk')).toBe('figure-risk-heading');
});
