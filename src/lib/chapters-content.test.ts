/**
 * The six chapters and the pages as written, read as syntax trees: figures only through <Fact>,
 * every fact and source id known, citations beside a figure that its fact row lists, and each
 * chapter long enough and with its takeaways. (What a
 * chapter cites or places is read from its body, so there is no list to keep in step.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chapterSchema, chapterSlugs } from '../schemas/content.ts';
import { findHandTypedFigures } from './chapter-text.ts';
import { citationMismatches, uncitedFigures } from './citation-check.ts';
import { componentUses } from './component-uses.ts';
import { facts, getFact, sources } from './data.ts';
import { readMdx } from './mdx-tree.ts';
import { factIdsInTemplate } from './template.ts';

const knownFacts = new Set(facts.map((fact) => fact.id));
const knownSources = new Set(sources.map((source) => source.id));
const read = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = readMdx(join(dir, name));
      return { name, ...file, uses: componentUses(file.tree) };
    });
const chapters = read('content/chapters').map((chapter) => ({
  ...chapter,
  data: chapterSchema.parse(chapter.frontmatter),
}));

test('content/chapters holds one file per chapter slug, in order', () => {
  expect(chapters.map((chapter) => chapter.data.slug)).toEqual([...chapterSlugs]);
});

describe.each(chapters)('$name', ({ data, uses, tree }) => {
  const frontmatter = [data.title, data.dek, data.summary].map((text) => ({ line: 1, text }));

  test('types no figure by hand that exists as a fact, in its body or its title, dek and summary', () => {
    expect(findHandTypedFigures([...frontmatter, ...uses.passages], facts)).toEqual([]);
  });

  test('has no "N million" or grouped digits outside a <Fact>', () => {
    const typed = uses.passages.filter((passage) => /[0-9]+ (million|billion)|\d{1,3}(,\d{3})+/.test(passage.text));
    expect(typed.map((passage) => `line ${passage.line}: ${passage.text}`)).toEqual([]);
  });

  test('uses only known fact and source ids', () => {
    const factIds = [...uses.facts, ...factIdsInTemplate(frontmatter.map((part) => part.text).join('\n'))];
    expect(factIds.filter((id) => !knownFacts.has(id))).toEqual([]);
    expect(uses.sources.filter((id) => !knownSources.has(id))).toEqual([]);
  });

  test('cites beside each figure only sources its fact row lists', () => {
    expect(citationMismatches(uses, getFact)).toEqual([]);
  });

  test('cites, in each sentence with a figure, a source its fact row lists', () => {
    expect(uncitedFigures(uses, getFact)).toEqual([]);
  });

  test('has at least 500 words and a key takeaways box with something in it', () => {
    expect(uses.words).toBeGreaterThanOrEqual(500);
    const takeaways = tree.children?.find((node) => node.type === 'mdxJsxFlowElement' && node.name === 'KeyTakeaways');
    expect(takeaways?.children?.length ?? 0).toBeGreaterThan(0);
  });
});

test('the risk chapter ends with what readers can do', () => {
  const risk = chapters.find((chapter) => chapter.data.slug === 'risk')!;
  const headings = risk.tree.children?.filter((node) => node.type === 'heading') ?? [];
  const last = headings.at(-1)!;
  const after = risk.uses.passages.filter((passage) => passage.line > (last.position?.start.line ?? 0));
  const text = after.map((passage) => passage.text).join(' ');
  expect(risk.uses.passages.find((passage) => passage.line === last.position?.start.line)?.text).toBe(
    'What you can do',
  );
  expect(text).toMatch(/does not make unsolicited calls/);
  expect(text).toMatch(/never include a phone number/);
  expect(text).toMatch(/microsoft\.com\/reportascam/);
});

describe.each(read('content/pages'))('content/pages/$name', ({ uses }) => {
  test('types no figure by hand that exists as a fact, and cites only known sources', () => {
    expect(findHandTypedFigures(uses.passages, facts)).toEqual([]);
    expect(uses.sources.filter((id) => !knownSources.has(id))).toEqual([]);
    expect(citationMismatches(uses, getFact)).toEqual([]);
    expect(uncitedFigures(uses, getFact)).toEqual([]);
  });
});
