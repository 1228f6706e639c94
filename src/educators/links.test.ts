import { describe, expect, test } from 'vitest';
import { chartIds } from '../charts/registry.ts';
import { chapterSlugSchema } from '../schemas/content.ts';
import { chapterHref, chapterLabel, chapterSlugs, chartLinks, contractChartIds } from './links.ts';

describe('links', () => {
  test('chapterSlugs match the chapters the charts registry knows, in order', () => {
    expect(chapterSlugs).toEqual(chapterSlugSchema.options);
  });
  test('contractChartIds are all in the charts registry', () => {
    expect(chartIds).toEqual(expect.arrayContaining([...contractChartIds]));
  });
  test('chapterHref and chapterLabel give the contract URL and the numbered title', () => {
    expect(chapterHref('records')).toBe('/chapters/records/');
    expect(chapterLabel('misconfiguration')).toBe('Chapter 2: The misconfiguration');
    expect(chartLinks('risk')).toEqual({
      svg: '/charts/risk.svg',
      png: '/charts/risk.png',
      csv: '/charts/risk.csv',
      json: '/charts/risk.json',
      embed: '/embed/risk/',
    });
  });
});
