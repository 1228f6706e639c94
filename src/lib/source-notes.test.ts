import { expect, test } from 'vitest';
import { fixture } from './fixture-data.ts';
import { componentUses } from './component-uses.ts';
import { readMdx } from './mdx-tree.ts';
import { noteNumber, sourceNotes } from './source-notes.ts';

const uses = componentUses(readMdx('tests/fixtures/mdx/chapter.mdx').tree);
const { getFact } = fixture();

test('sourceNotes(page, facts) numbers cited sources by first citation, then lists figure-only sources', () => {
  // The fixture cites report-b, outlet-a, msrc-2020; its facts' rows add no other source.
  const notes = sourceNotes({ uses }, getFact);
  expect(notes.numbered).toEqual(['report-b', 'outlet-a', 'msrc-2020']);
  expect(notes.figuresOnly).toEqual([]);
  const citingLess = sourceNotes({ uses: { ...uses, sources: ['msrc-2020'] } }, getFact);
  expect(citingLess.numbered).toEqual(['msrc-2020']);
  expect(citingLess.figuresOnly).toEqual(['report-b', 'outlet-a']);
});

test('noteNumber(notes, id) is 1-based and names the notes when a source is missing', () => {
  const notes = sourceNotes({ uses }, getFact);
  expect(noteNumber(notes, 'outlet-a')).toBe(2);
  expect(() => noteNumber(notes, 'huntress')).toThrow(
    /"huntress" is cited, but this page's notes hold only report-b, outlet-a, msrc-2020/,
  );
});
