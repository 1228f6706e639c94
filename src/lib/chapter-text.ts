/**
 * Pure helpers over a chapter's MDX source: which facts and sources it uses, how long it takes
 * to read, and whether it types by hand a figure that exists as a fact. Pages and tests share them.
 */
import type { Fact } from '../schemas/derived.ts';
import { formatFactValue } from './format.ts';

const factTag = /<Fact\b[^>]*?\bid="([a-z0-9-]+)"[^>]*\/>/g;
const citeTag = /<Cite\b[^>]*?\bids?="([a-z0-9;\s-]+)"[^>]*\/?>/g;
const placeholder = /\{fact:([a-z0-9-]+)\}/g;

/** Fact ids used by `<Fact id="…"/>` tags, in order of first use. */
export function factIdsIn(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(factTag)].map((match) => match[1] as string))];
}

/** Source ids cited by `<Cite id="a"/>` or `<Cite ids="a;b"/>` tags, in order of first use. */
export function citedSourceIdsIn(mdx: string): string[] {
  const ids = [...mdx.matchAll(citeTag)].flatMap((match) => (match[1] as string).split(/[;\s]+/).filter(Boolean));
  return [...new Set(ids)];
}

/** Replaces `{fact:<id>}` placeholders (used in frontmatter) with the formatted value from `lookup`. */
export function fillFactPlaceholders(text: string, lookup: (id: string) => Fact): string {
  return text.replace(placeholder, (_, id: string) => formatFactValue(lookup(id)));
}

/** Fact ids named by `{fact:<id>}` placeholders. */
export function placeholderFactIdsIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1] as string))];
}

/**
 * The words a reader reads: frontmatter, imports, tags and MDX expressions removed. A `<Fact>`
 * counts as one word.
 */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(factTag, ' figure ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_>`|[\]()-]+/g, ' ');
}

/** Number of words a reader reads in `mdx` (tokens with at least one letter or digit). */
export function wordCount(mdx: string): number {
  return readableText(mdx)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes to read `mdx` at `wordsPerMinute` (at least 1). */
export function readingMinutes(mdx: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(wordCount(mdx) / wordsPerMinute));
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
  if (typeof fact.value === 'number') spellings.add(fact.value.toLocaleString('en-GB'));
  return [...spellings];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Figures in `mdx` that exist as facts but are typed by hand rather than shown with `<Fact>`.
 * Compares the prose lines and the frontmatter's title, dek and summary, with `<Fact>` tags and
 * tag attributes removed,
 * against every spelling of every fact, as whole tokens (so "5" matches "5 December" but not "15").
 */
export function findHandTypedFigures(mdx: string, facts: readonly Fact[]): HandTypedFigure[] {
  const lines = mdx.split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const patterns = facts.flatMap((fact) =>
    spellingsOf(fact).map((spelling) => ({
      factId: fact.id,
      pattern: new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`),
    })),
  );
  const found: HandTypedFigure[] = [];
  lines.forEach((raw, index) => {
    const inFrontmatter = index <= frontmatterEnd;
    if ((inFrontmatter && !/^(title|dek|summary):/.test(raw)) || /^(import|export) /.test(raw)) return;
    const line = raw.replace(factTag, ' ').replace(/<[A-Za-z][^>]*>/g, ' ');
    for (const { factId, pattern } of patterns) {
      const match = pattern.exec(line);
      if (match) found.push({ factId, text: match[0], line: index + 1 });
    }
  });
  return found;
}

/** A one-line list from simple frontmatter, such as `sources: [a, b]`; empty when absent. */
export function frontmatterList(mdx: string, key: string): string[] {
  const match = new RegExp(`^${key}:\\s*\\[(.*)\\]\\s*$`, 'm').exec(mdx.split(/\n---\n/)[0] ?? '');
  return match?.[1]
    ? match[1]
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}
