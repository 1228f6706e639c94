/**
 * A page's numbered source notes, as Wikipedia numbers its references: each source the page cites
 * with `<Cite>` gets one number, in order of first citation, and every marker of that source shows
 * that number. Sources that only stand behind a figure (a `<Fact>` whose row lists them) follow,
 * unnumbered. The page's notes list (SourceNotes.astro) and its markers (Cite.astro) read this one
 * order. Pure; the page puts it in `Astro.locals.sourceNotes` for the MDX components (src/env.d.ts).
 */
import type { Fact } from '../schemas/derived.ts';
import { sourceIdsUsedBy, type UsingPage } from './sources-used.ts';

/** The notes of one page. */
export interface SourceNotes {
  /** Cited source ids in note order: note n is `numbered[n - 1]`. */
  numbered: readonly string[];
  /** Sources behind the page's figures that no `<Cite>` names. */
  figuresOnly: readonly string[];
}

/** The notes of a page: cited sources in order of first citation, then those behind its figures alone. */
export function sourceNotes(
  page: Pick<UsingPage, 'uses' | 'frontmatterFacts'>,
  factById: (id: string) => Fact,
): SourceNotes {
  const { cited, viaFigures } = sourceIdsUsedBy(page, factById);
  return { numbered: cited, figuresOnly: viaFigures.filter((id) => !cited.includes(id)) };
}

/** The note number of a cited source; throws when the page's notes do not hold it. */
export function noteNumber(notes: SourceNotes, sourceId: string): number {
  const index = notes.numbered.indexOf(sourceId);
  if (index < 0)
    throw new Error(
      `Source "${sourceId}" is cited, but this page's notes hold only ${notes.numbered.join(', ') || 'none'}: ` +
        'build the notes from the uses of the MDX the page renders.',
    );
  return index + 1;
}

/** The id of a source's entry in the page's notes list. */
export function noteAnchor(sourceId: string): string {
  return `note-${sourceId}`;
}

/** The id of the first marker citing a source: its note links back there. */
export function markerAnchor(sourceId: string): string {
  return `ref-${sourceId}`;
}
