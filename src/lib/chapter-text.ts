/**
 * Pure helpers over a chapter's prose as its syntax tree gives it (the passages recorded by
 * src/lib/component-uses.ts): how long it takes to read, and whether it types by hand a figure
 * that exists as a fact.
 */
import type { Fact } from '../schemas/derived.ts';
import { englishTag, formatFactValue, formatGrouped } from './format.ts';

/** Whole minutes to read `words` words at `wordsPerMinute` (at least 1). */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** A piece of prose to check, with the line it starts on. */
export interface ProseText {
  line: number;
  text: string;
}

/** A figure typed by hand that exists as a fact. */
export interface HandTypedFigure {
  factId: string;
  /** The text found. */
  text: string;
  /** 1-based line in the MDX source. */
  line: number;
}

/**
 * Ways a fact's value may be typed in the languages `tags` (British English by default): as
 * formatted for prose ("250 million", "250 millones"), raw, and with digit grouping ("250,000,000",
 * "250.000.000", and the space-grouped "250 000 000" Spanish style guides recommend).
 */
export function spellingsOf(fact: Fact, tags: readonly string[] = [englishTag]): string[] {
  const spellings = new Set<string>();
  for (const tag of tags) {
    spellings.add(formatFactValue(fact, tag));
    spellings.add(String(fact.value));
    if (typeof fact.value !== 'number') continue;
    const grouped = formatGrouped(fact.value, tag);
    spellings.add(grouped);
    const separator = grouped.match(/\d([^\d])\d{3}$/)?.[1];
    if (separator && fact.value >= 10_000)
      for (const space of [' ', '\u00a0', '\u202f']) spellings.add(grouped.split(separator).join(space));
  }
  return [...spellings];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Figures in `texts` (prose with every `<Fact>` already left out) that exist as facts: every
 * spelling of every fact in the languages `tags`, as whole tokens, so "5" matches "5 December" but not "15".
 */
export function findHandTypedFigures(
  texts: readonly ProseText[],
  facts: readonly Fact[],
  tags: readonly string[] = [englishTag],
): HandTypedFigure[] {
  const patterns = facts.flatMap((fact) =>
    spellingsOf(fact, tags).map((spelling) => ({
      factId: fact.id,
      pattern: new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`),
    })),
  );
  const found: HandTypedFigure[] = [];
  for (const { line, text } of texts) {
    for (const { factId, pattern } of patterns) {
      const match = pattern.exec(text);
      if (match) found.push({ factId, text: match[0], line });
    }
  }
  return found;
}
