/**
 * The six chapters as written: figures only through <Fact>, every fact and source id known,
 * the frontmatter's source list honest, and each chapter long enough and with its takeaways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import factsJson from '../../data/derived/facts.json';
import sourcesJson from '../../data/derived/sources.json';
import { chapterSlugs } from '../schemas/content.ts';
import { derivedSchemas } from '../schemas/derived.ts';
import {
  citedSourceIdsIn,
  factIdsIn,
  findHandTypedFigures,
  frontmatterList,
  placeholderFactIdsIn,
  wordCount,
} from './chapter-text.ts';

const facts = derivedSchemas['facts.json'].parse(factsJson);
const sourceIds = new Set(derivedSchemas['sources.json'].parse(sourcesJson).map((source) => source.id));
const dir = 'content/chapters';
const chapters = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => ({ name, mdx: readFileSync(join(dir, name), 'utf8') }));

test('content/chapters holds one file per contract slug, in order', () => {
  expect(chapters.map(({ mdx }) => /^slug: (.+)$/m.exec(mdx)?.[1])).toEqual([...chapterSlugs]);
});

describe.each(chapters)('$name', ({ mdx }) => {
  test('types no figure by hand that exists as a fact', () => {
    expect(findHandTypedFigures(mdx, facts)).toEqual([]);
  });

  test('has no "N million" or grouped digits outside a <Fact> tag', () => {
    const outsideFacts = mdx.replace(/<Fact\b[^>]*\/>/g, ' ');
    expect(outsideFacts.match(/[0-9]+ (million|billion)|\d{1,3}(,\d{3})+/g)).toBeNull();
  });

  test('uses only known fact ids', () => {
    const known = new Set(facts.map((fact) => fact.id));
    expect([...factIdsIn(mdx), ...placeholderFactIdsIn(mdx)].filter((id) => !known.has(id))).toEqual([]);
  });

  test('lists exactly the sources it cites, all of them known', () => {
    const listed = frontmatterList(mdx, 'sources');
    expect([...listed].sort()).toEqual([...citedSourceIdsIn(mdx)].sort());
    expect(listed.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  test('lists exactly the charts it places, in order', () => {
    const placed = [...mdx.matchAll(/<ChartFigure\b[^>]*\bchart="([a-z-]+)"/g)].map((match) => match[1]);
    expect(frontmatterList(mdx, 'charts')).toEqual(placed);
  });

  test('has at least 500 words and a key takeaways box', () => {
    expect(wordCount(mdx)).toBeGreaterThanOrEqual(500);
    expect(mdx).toMatch(/<KeyTakeaways>[\s\S]+<\/KeyTakeaways>/);
  });
});

test('the risk chapter ends with what readers can do', () => {
  const risk = chapters.find(({ mdx }) => /^slug: risk$/m.test(mdx))?.mdx ?? '';
  const lastSection = risk.slice(risk.lastIndexOf('\n## '));
  expect(lastSection).toMatch(/^\n## What you can do/);
  expect(lastSection).toMatch(/does not make unsolicited calls/);
  expect(lastSection).toMatch(/never include a phone number/);
  expect(lastSection).toMatch(/microsoft\.com\/reportascam/);
});

describe.each(readdirSync('content/pages').filter((name) => name.endsWith('.mdx')))('content/pages/%s', (name) => {
  const mdx = readFileSync(join('content/pages', name), 'utf8');
  test('types no figure by hand that exists as a fact, and cites only known sources', () => {
    expect(findHandTypedFigures(mdx, facts)).toEqual([]);
    expect(citedSourceIdsIn(mdx).filter((id) => !sourceIds.has(id))).toEqual([]);
  });
});
