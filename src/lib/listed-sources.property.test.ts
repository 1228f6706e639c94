/** Properties of the shortened bibliography: what a list of sources names, and what it counts instead. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runs } from '../schemas/arbitraries.ts';
import { listedSources, noteSources } from './listed-sources.ts';

const kinds = ['primary', 'secondary', 'context'] as const;
const sourcesArbitrary = fc
  .array(fc.constantFrom(...kinds), { maxLength: 120 })
  .map((list) => list.map((kind, index) => ({ id: `s-${index}`, kind })));

test('listedSources(sources, undefined) names every source, however many: no chart table is capped', () => {
  fc.assert(
    fc.property(sourcesArbitrary, (sources) => {
      expect(listedSources(sources, undefined)).toEqual({ listed: sources, left: 0 });
    }),
    runs(300),
  );
});

test('listedSources(sources, keep) keeps every other source and the kept comparison sources, in order, and counts the rest', () => {
  fc.assert(
    fc.property(sourcesArbitrary, fc.func(fc.boolean()), (sources, kept) => {
      const keep = new Set(sources.filter((source) => kept(source.id)).map((source) => source.id));
      const { listed, left } = listedSources(sources, keep);
      expect(listed).toEqual(sources.filter((source) => source.kind !== 'context' || keep.has(source.id)));
      expect(left).toBe(sources.filter((source) => source.kind === 'context' && !keep.has(source.id)).length);
      expect(listed.length + left).toBe(sources.length);
    }),
    runs(300),
  );
});

test('noteSources(notes, getSource, keep) shortens only the figure sources, and links every source it names', () => {
  const comparison = Array.from({ length: 60 }, (_, index) => ({ id: `inc-${index}`, kind: 'context' as const }));
  const all = new Map(
    [{ id: 'report-b', kind: 'primary' as const }, ...comparison].map((source) => [source.id, source]),
  );
  const getSource = (id: string) => all.get(id)!;
  const notes = {
    numbered: ['report-b', 'inc-59'],
    figuresOnly: ['report-b', ...comparison.slice(0, 59).map((source) => source.id)],
  };
  const { figures, linkedIds } = noteSources(notes, getSource, new Set(['inc-3', 'inc-7']));
  expect(figures).toEqual({ listed: [getSource('report-b'), getSource('inc-3'), getSource('inc-7')], left: 57 });
  expect(linkedIds).toEqual(['report-b', 'inc-59', 'report-b', 'inc-3', 'inc-7']);
  expect(noteSources(notes, getSource, undefined).figures).toEqual({
    listed: notes.figuresOnly.map(getSource),
    left: 0,
  });
});
