import { describe, expect, test } from 'vitest';
import type { Fact, Source } from '../schemas/derived.ts';
import { sourceUses, type UsingPage } from './sources-used.ts';

const source = (id: string, citedBy: string[] = []): Source => ({
  id,
  kind: 'secondary',
  publisher: id,
  title: id,
  language: 'en',
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
const page = (href: string, facts: string[], sources: string[], frontmatterFacts: string[] = []): UsingPage => ({
  title: href,
  href,
  uses: { facts, sources },
  frontmatterFacts,
});

describe('sourceUses', () => {
  const sources = [
    source('msrc-2020', ['facts:exposure-end-date']),
    source('comparitech-2020', ['facts:servers']),
    source('huntress'),
  ];

  test('sourceUses(sources, pages, facts) lists page uses by cite and by figure, then data rows', () => {
    const uses = sourceUses(sources, [page('/chapters/what-happened/', ['servers'], ['msrc-2020'])], factById);
    expect(uses.get('msrc-2020')).toEqual([
      { kind: 'chapter', href: '/chapters/what-happened/', label: '/chapters/what-happened/', via: 'cite' },
      { kind: 'data', href: '/data/#facts', label: 'facts: exposure-end-date' },
    ]);
    expect(uses.get('comparitech-2020')?.[0]).toMatchObject({ kind: 'chapter', via: 'figure' });
    expect(uses.get('huntress')).toEqual([]);
  });

  test('sourceUses counts figures named in frontmatter placeholders, and both ways of use', () => {
    const uses = sourceUses(sources, [page('/chapters/scale/', [], ['comparitech-2020'], ['servers'])], factById);
    expect(uses.get('comparitech-2020')?.[0]).toMatchObject({ href: '/chapters/scale/', via: 'cite and figure' });
  });

  test('sourceUses throws on a page citing an unknown source, naming the page', () => {
    expect(() => sourceUses(sources, [page('/chapters/risk/', [], ['nowhere-2020'])], factById)).toThrow(
      '/chapters/risk/ cites unknown source id "nowhere-2020"',
    );
  });
});
