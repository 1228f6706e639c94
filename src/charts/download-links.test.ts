import { expect, test } from 'vitest';
import { chartDownloads } from './downloads.ts';

test('chartDownloads(id) lists the SVG, PNG, CSV and JSON files under /charts/', () => {
  expect(chartDownloads('record-volume').map((download) => download.href)).toEqual([
    '/charts/record-volume.svg',
    '/charts/record-volume.png',
    '/charts/record-volume.csv',
    '/charts/record-volume.json',
  ]);
});
