import { describe, expect, test } from 'vitest';
import type { Fact, Source } from '../schemas/derived.ts';
import { shortPublisher, sourceUses } from './sources-used.ts';

const source = (id: string, citedBy: string[] = []): Source => ({
  id,
  kind: 'secondary',
  publisher: id,
  title: id,
  citedBy,
});
const servers: Fact = {
  id: 'servers',
  kind: 'number',
  value: 5,
  unit: 'servers',
  label: 'Servers',
  sourceIds: ['comparitech-2020'],
  status: 'single-source',
  computed: false,
};
const factById = (id: string) => {
  if (id !== 'servers') throw new Error(`Unknown fact id "${id}"`);
  return servers;
};

describe('sourceUses', () => {
  const sources = [
    source('msrc-2020', ['facts:exposure-end-date']),
    source('comparitech-2020', ['facts:servers']),
    source('huntress'),
  ];

  test('sourceUses(sources, chapters, facts) lists chapter uses by cite and by figure, then data rows', () => {
    const uses = sourceUses(
      sources,
      [
        {
          slug: 'what-happened',
          title: 'What happened',
          body: 'Said <Cite id="msrc-2020" />; <Fact id="servers" /> servers.',
        },
      ],
      factById,
    );
    expect(uses.get('msrc-2020')).toEqual([
      { kind: 'chapter', href: '/chapters/what-happened/', label: 'What happened', via: 'cite' },
      { kind: 'data', href: '/data/#facts', label: 'facts: exposure-end-date' },
    ]);
    expect(uses.get('comparitech-2020')?.[0]).toMatchObject({ kind: 'chapter', via: 'figure' });
    expect(uses.get('huntress')).toEqual([]);
  });

  test('sourceUses counts figures in frontmatter placeholders', () => {
    const uses = sourceUses(
      sources,
      [{ slug: 'scale', title: 'Scale', body: 'Text.', frontmatterText: 'How big is {fact:servers}' }],
      factById,
    );
    expect(uses.get('comparitech-2020')?.[0]).toMatchObject({ href: '/chapters/scale/', via: 'figure' });
  });

  test('sourceUses links a page that is not a chapter to its own address', () => {
    const uses = sourceUses(
      sources,
      [{ slug: 'methodology', title: 'Methodology', body: '<Cite id="huntress" />', href: '/methodology/' }],
      factById,
    );
    expect(uses.get('huntress')).toEqual([
      { kind: 'chapter', href: '/methodology/', label: 'Methodology', via: 'cite' },
    ]);
  });

  test('sourceUses throws on a chapter citing an unknown source', () => {
    expect(() =>
      sourceUses(sources, [{ slug: 'risk', title: 'Risk', body: '<Cite id="nowhere-2020" />' }], factById),
    ).toThrow('unknown source id "nowhere-2020"');
  });
});

test('shortPublisher(publisher) drops parenthesised detail', () => {
  expect(shortPublisher('Microsoft Security Response Center (MSRC blog)')).toBe('Microsoft Security Response Center');
  expect(shortPublisher('WeLiveSecurity (ESET), Spanish edition')).toBe('WeLiveSecurity');
});
