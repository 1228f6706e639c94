/**
 * Citation consistency: in a sentence that shows a figure with `<Fact>`, every source cited with
 * `<Cite>` should be one that the fact's row in data/raw/facts.csv lists, so the citation next to
 * a figure is a source for that figure. Pure, over the sentences the syntax tree gives
 * (src/lib/component-uses.ts).
 */
import type { Fact } from '../schemas/derived.ts';
import type { ComponentUses } from './component-uses.ts';

/** A source cited beside figures whose rows do not list it. */
export interface CitationMismatch {
  /** Line of the passage the sentence is in. */
  line: number;
  sentence: string;
  sourceId: string;
  /** The facts the sentence shows. */
  factIds: string[];
}

/**
 * Every source cited in a sentence with at least one `<Fact>` that none of those facts' rows
 * lists. A sentence without a figure, or without a citation, is not checked.
 */
export function citationMismatches(
  uses: Pick<ComponentUses, 'passages'>,
  factById: (id: string) => Fact,
): CitationMismatch[] {
  return uses.passages.flatMap((passage) =>
    passage.sentences.flatMap((sentence) => {
      if (sentence.facts.length === 0) return [];
      const listed = new Set(sentence.facts.flatMap((id) => factById(id).sourceIds));
      return [...new Set(sentence.sources)]
        .filter((sourceId) => !listed.has(sourceId))
        .map((sourceId) => ({ line: passage.line, sentence: sentence.text, sourceId, factIds: [...sentence.facts] }));
    }),
  );
}

/** A sentence that shows figures but cites none of their sources. */
export interface UncitedFigure {
  /** Line of the passage the sentence is in. */
  line: number;
  sentence: string;
  /** The facts the sentence shows. */
  factIds: string[];
  /** Sources the facts' rows list: cite one of them in the sentence. */
  sourceIds: string[];
}

/**
 * Every sentence that shows a `<Fact>` but cites with `<Cite>` none of the sources its facts' rows
 * list (computed facts aside). Figures carry no marker of their own (one marker per claim), so the sentence's citation
 * is where a reader finds where a figure comes from.
 */
export function uncitedFigures(uses: Pick<ComponentUses, 'passages'>, factById: (id: string) => Fact): UncitedFigure[] {
  return uses.passages.flatMap((passage) =>
    passage.sentences.flatMap((sentence) => {
      // A computed figure (such as the exposure's length) comes from the data the page shows, not from one source.
      const sourced = sentence.facts.filter((id) => !factById(id).computed);
      if (sourced.length === 0) return [];
      const listed = [...new Set(sourced.flatMap((id) => factById(id).sourceIds))];
      if (sentence.sources.some((id) => listed.includes(id))) return [];
      return [{ line: passage.line, sentence: sentence.text, factIds: [...sentence.facts], sourceIds: listed }];
    }),
  );
}
