import { describe, expect, test } from 'vitest';
import { fixture } from './fixture-data.ts';
import { citationMismatches, uncitedFigures } from './citation-check.ts';
import { chartHomesOf, citedIds, componentUses } from './component-uses.ts';
import { parseMdx, readMdx } from './mdx-tree.ts';

const uses = componentUses(readMdx('tests/fixtures/mdx/chapter.mdx').tree);

describe('componentUses(tree) on the fixture chapter', () => {
  test('lists the facts, the cited sources and the placed charts, each once, in order of first use', () => {
    expect(uses.facts).toEqual(['records-exposed', 'servers', 'disclosed-date']);
    expect(uses.sources).toEqual(['report-b', 'outlet-a', 'msrc-2020']);
    expect(uses.charts).toEqual(['timeline']);
  });

  test('records which facts and sources share each sentence', () => {
    const sentences = uses.passages.flatMap((passage) => passage.sentences);
    expect(sentences.slice(0, 2)).toEqual([
      {
        text: 'About records sat on servers .',
        facts: ['records-exposed', 'servers'],
        sources: ['report-b', 'outlet-a'],
      },
      { text: 'Microsoft fixed it .', facts: [], sources: ['msrc-2020'] },
    ]);
    const third = uses.passages.find((passage) => passage.text.startsWith('The researchers'))!;
    expect(third.sentences.map((sentence) => [sentence.facts, sentence.sources])).toEqual([
      [[], ['outlet-a']],
      [['disclosed-date'], ['outlet-a']],
    ]);
  });

  test('reads prose in headings and inside components, with its line, and leaves figures out of the text', () => {
    expect(uses.passages.map((passage) => passage.line)).toEqual([10, 12, 14, 19, 22]);
    expect(uses.passages[1]!.text).toBe('A heading with emphasis');
    expect(uses.passages[3]!.sentences[0]!.facts).toEqual(['servers']);
    expect(uses.passages[4]!.text).toContain('typed 250 million by hand');
  });

  test('counts the words a reader reads, a figure as one', () => {
    // Passage by passage: 8 + 2 figures, 4, 12 + 1 figure, 8 + 1 figure, 11 (inline code counts, tags do not).
    expect(uses.words).toBe(47);
    expect(componentUses(parseMdx('One <Fact id="a" /> three `[REDACTED]` <Cite id="b" />.').tree).words).toBe(4);
  });

  test('refuses an id written as an expression, which the build could not check', () => {
    expect(() => componentUses(parseMdx('A <Fact id={"servers"} /> b.').tree)).toThrow(/id must be written as id="…"/);
  });
});

test('citedIds(props) reads id, or ids separated by semicolons', () => {
  expect(citedIds({ id: 'a' })).toEqual(['a']);
  expect(citedIds({ ids: 'a; b;' })).toEqual(['a', 'b']);
  expect(citedIds({})).toEqual([]);
});

test('chartHomesOf(pages) gives each chart the first page that places it', () => {
  const pages = [
    { href: '/a/', title: 'A', uses: { charts: ['x'] } },
    { href: '/b/', title: 'B', uses: { charts: ['x', 'y'] } },
  ];
  expect([...chartHomesOf(pages)].map(([chart, page]) => [chart, page.href])).toEqual([
    ['x', '/a/'],
    ['y', '/b/'],
  ]);
});

test('citationMismatches(uses, facts) finds sources cited beside a figure whose row does not list them', () => {
  // Fixture rows: records-exposed cites report-b and outlet-a, servers outlet-a, disclosed-date msrc-2020.
  expect(citationMismatches(uses, fixture().getFact)).toEqual([
    {
      line: 14,
      sentence: 'It was public on .',
      sourceId: 'outlet-a',
      factIds: ['disclosed-date'],
    },
    {
      line: 19,
      sentence: 'One takeaway with a figure, , and a source .',
      sourceId: 'msrc-2020',
      factIds: ['servers'],
    },
  ]);
});

test('uncitedFigures(uses, facts) finds sentences with a figure that cite none of its sources', () => {
  // The first sentence cites report-b for records-exposed and outlet-a for servers: covered.
  expect(uncitedFigures(uses, fixture().getFact)).toEqual([
    { line: 14, sentence: 'It was public on .', factIds: ['disclosed-date'], sourceIds: ['msrc-2020'] },
    {
      line: 19,
      sentence: 'One takeaway with a figure, , and a source .',
      factIds: ['servers'],
      sourceIds: ['outlet-a'],
    },
  ]);
});
