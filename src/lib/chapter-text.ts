/**
 * Pure helpers over a chapter's prose as its syntax tree gives it (the passages recorded by
 * src/lib/component-uses.ts): how long it takes to read, and whether it types by hand a figure
 * that exists as a fact.
 */
import type { Fact } from '../schemas/derived.ts';
import { formatFactValue, formatGrouped } from './format.ts';

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

/** Ways a fact's value may be typed: as formatted for prose, raw, and with digit grouping. */
export function spellingsOf(fact: Fact): string[] {
  const spellings = new Set<string>([formatFactValue(fact), String(fact.value)]);
  if (typeof fact.value === 'number') spellings.add(formatGrouped(fact.value));
  return [...spellings];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Figures in `texts` (prose with every `<Fact>` already left out) that exist as facts: every
 * spelling of every fact, as whole tokens, so "5" matches "5 December" but not "15".
 */
export function findHandTypedFigures(texts: readonly ProseText[], facts: readonly Fact[]): HandTypedFigure[] {
  const patterns = facts.flatMap((fact) =>
    spellingsOf(fact).map((spelling) => ({
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
