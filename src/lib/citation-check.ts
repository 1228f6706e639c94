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
