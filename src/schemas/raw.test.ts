import { describe, expect, test } from 'vitest';
import {
  countSchema,
  factRowSchema,
  isCalendarDate,
  languageTagSchema,
  partialDateSchema,
  sourceIdsSchema,
  sourceRowSchema,
} from './raw.ts';

describe('isCalendarDate(text)', () => {
  test('accepts real days, including 29 February in a leap year, and rejects impossible ones', () => {
    expect(['2019-12-31', '2020-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2019-02-29', '2019-13-01', '2019-04-31', '2019-1-1'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('countSchema', () => {
  test('parses digits and decimals, rejects separators, signs and words', () => {
    expect(countSchema.parse('250000000')).toBe(250000000);
    expect(countSchema.parse('8.5')).toBe(8.5);
    for (const bad of ['250,000', '-1', '1e6', 'ten', '']) expect(countSchema.safeParse(bad).success).toBe(false);
  });
});

describe('partialDateSchema', () => {
  test('accepts a year, a month or a day, each real', () => {
    expect(['2020', '2020-01', '2020-01-22'].every((text) => partialDateSchema.safeParse(text).success)).toBe(true);
    expect(['2020-13', '2020-02-30', '20-01'].some((text) => partialDateSchema.safeParse(text).success)).toBe(false);
  });
});

describe('sourceIdsSchema', () => {
  test('splits on ";" and requires kebab-case ids', () => {
    expect(sourceIdsSchema.parse('msrc-2020;scmagazine-2020')).toEqual(['msrc-2020', 'scmagazine-2020']);
    expect(sourceIdsSchema.safeParse('msrc-2020; scmagazine').success).toBe(false);
    expect(sourceIdsSchema.safeParse('').success).toBe(false);
  });
});

describe('languageTagSchema', () => {
  test('accepts BCP 47 tags written the canonical way', () => {
    for (const tag of ['en', 'pt-BR', 'hi', 'zh-Hant-TW', 'es-419'])
      expect(languageTagSchema.safeParse(tag).success, tag).toBe(true);
  });

  test('rejects what is not a tag, naming the rule, and a tag in another spelling, naming the right one', () => {
    const message = (tag: string) => languageTagSchema.safeParse(tag).error?.issues[0]?.message;
    for (const bad of ['english', 'xx'])
      expect(message(bad), bad).toMatch(/^must name a known language \(ISO 639 code/);
    for (const bad of ['pt_BR', 'e', 'en-', ''])
      expect(message(bad), bad).toMatch(/^must be a BCP 47 language tag, such as "en", "pt-BR" or "hi"/);
    expect(message('pt-br')).toBe('must be written the canonical BCP 47 way: "pt-BR"');
    expect(message('EN')).toBe('must be written the canonical BCP 47 way: "en"');
    expect(message('iw')).toBe('must be written the canonical BCP 47 way: "he"');
  });
});

describe('sourceRowSchema', () => {
  test('treats empty optional cells as absent and rejects non-http addresses', () => {
    const row = {
      id: 'a',
      kind: 'primary',
      publisher: 'P',
      author: '',
      title: 'T',
      language: '',
      url: '',
      published: '',
      note: 'not located',
    };
    expect(sourceRowSchema.parse(row)).toEqual({
      id: 'a',
      kind: 'primary',
      publisher: 'P',
      title: 'T',
      language: 'en',
      note: 'not located',
    });
    expect(sourceRowSchema.safeParse({ ...row, url: 'ftp://example.com/x' }).success).toBe(false);
  });
});

describe('factRowSchema', () => {
  test('checks the value against the kind', () => {
    const row = {
      id: 'a',
      kind: 'number',
      value: '5',
      unit: 'servers',
      label: 'L',
      source_ids: 'x',
      status: 'confirmed',
      note: '',
    };
    expect(factRowSchema.safeParse(row).success).toBe(true);
    expect(factRowSchema.safeParse({ ...row, value: '2019-12-05' }).success).toBe(false);
    expect(factRowSchema.safeParse({ ...row, kind: 'date', value: '2019-12-05', unit: 'date' }).success).toBe(true);
    expect(factRowSchema.safeParse({ ...row, kind: 'date', value: '2019-02-30', unit: 'date' }).success).toBe(false);
  });
});
