/**
 * The redaction lab's redactor: pattern rules, each looking for one kind of personal data in one
 * family of formats, run over the synthetic support notes. A naive set catches the tidy formats
 * automated tools expect; better rules catch spaces, spelled-out words, line breaks, look-alike
 * characters and defanged or IPv6 addresses, and pay for it with false positives. Scoring is
 * character-exact: a planted value counts as caught only when every character of it is covered.
 *
 * Every edition has the same rules; the ones that read words (an address spelled out, a name after
 * a cue such as "ask for" or "preguntar por") read the words of the notes' language, from
 * `ruleLanguages`. Each function takes the edition's routing code, the default edition's by default.
 */
import type { Locale } from '../lib/locales.ts';
import type { DataKind, PlantedItem, SupportNote } from './schemas.ts';

/** A stretch of text a rule wants removed, `end` exclusive. */
export interface RedactionSpan {
  start: number;
  end: number;
  ruleId: RuleId;
}

/** Whether a rule is the kind of thing a first automated tool does, or an improvement. */
export type RuleTier = 'naive' | 'better';

export const ruleIds = [
  'email-standard',
  'phone-dashed',
  'ipv4-dotted',
  'email-spaced',
  'email-spelled-out',
  'email-across-lines',
  'email-look-alikes',
  'phone-flexible',
  'ipv4-loose',
  'ipv6',
  'name-after-cue',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** A redaction rule: what it looks for and how. */
export interface RedactionRule {
  id: RuleId;
  tier: RuleTier;
  kind: DataKind;
  /** Spans of `text` the rule redacts, reading the words of `language`. */
  find: (text: string, language: RuleLanguage) => { start: number; end: number }[];
}

/** The words the rules that read words look for, in one language. */
export interface RuleLanguage {
  /** The word (a regular-expression alternative) agents type for "@" in a spelled-out address, plain or bracketed ("at", "[at]"). */
  at: string;
  /** The word (a regular-expression alternative) for "." in a spelled-out address or a defanged IPv4 address ("dot", "(dot)"). */
  dot: string;
  /**
   * One or two capitalised words after a cue (global, the name in group 1). Names with no cue slip
   * through, and a product name after a cue ("ask for Windows Update") is removed although it is no name.
   */
  nameAfterCue: RegExp;
}

/** Each edition's words. The Spanish names allow accented capitals and letters (Ángela, Muñoz). */
export const ruleLanguages: Record<Locale, RuleLanguage> = {
  en: {
    at: 'at',
    dot: 'dot',
    nameAfterCue:
      /\b(?:[Aa]sk(?:ed)? for|[Ss]poke (?:to|with)|[Cc]ustomer|[Cc]aller|Mrs?\.?|Ms\.?|Dr\.?)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g,
  },
  // Spanish agents also type the English words, which the Spanish lab's description promises to catch.
  es: {
    at: '(?:arroba|at)',
    dot: '(?:punto|dot)',
    // "preguntar/preguntara/pregunte/pregunta/preguntó por", "hablé/habló con", "cliente/clienta", "Sr./Sra./Dr./Dra.".
    nameAfterCue:
      /(?<![\p{L}\d])(?:[Pp]regunt(?:ar|ara|e|a|ó) por|[Hh]abl(?:é|ó) con|[Cc]lient[ae]|Sra?\.|Dra?\.)\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/gu,
  },
};

/** An address spelled out in `language`'s words: "jane dot doe at example dot com", "eva [arroba] contoso punto com". */
function spelledOutEmail({ at, dot }: RuleLanguage): RegExp {
  const label = '[A-Za-z0-9-]+';
  return new RegExp(
    String.raw`\b[A-Za-z0-9]+(?:\s+${dot}\s+[A-Za-z0-9]+)*\s+(?:${at}|\(${at}\)|\[${at}\])\s+${label}(?:\s+${dot}\s+${label})+\b`,
    'gi',
  );
}

/** An IPv4 address with spaces, defanged dots ("[.]") or the word for dot in brackets ("(dot)", "(punto)"). */
function looseIPv4({ dot }: RuleLanguage): RegExp {
  return new RegExp(String.raw`\b\d{1,3}(?:\s*(?:\.|\[\.\]|\(${dot}\))\s*\d{1,3}){3}\b`, 'g');
}

/** Look-alike characters and the ASCII letter each imitates (one UTF-16 unit each way). */
const lookAlikes: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  А: 'A',
  Е: 'E',
  О: 'O',
  Р: 'P',
  С: 'C',
  Х: 'X',
  '＠': '@',
  '﹫': '@',
  '．': '.',
  '。': '.',
  '｡': '.',
};

/**
 * `text` with each character replaced by `replace` (one character, or '' to drop it), and for
 * each character of the result the index of the character it came from, so spans found in the
 * folded text map back onto the original.
 */
export function foldText(text: string, replace: (char: string) => string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const replacement = replace(text[index]!);
    if (replacement !== '') {
      folded += replacement;
      origin.push(index);
    }
  }
  return { folded, origin };
}

/** Every match of `pattern` (which must be global) as a span. */
function matchSpans(text: string, pattern: RegExp): { start: number; end: number }[] {
  return [...text.matchAll(pattern)]
    .filter((match) => match[0].length > 0)
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Runs `pattern` on a folded copy of the text and maps the spans back. */
function matchFolded(
  text: string,
  pattern: RegExp,
  replace: (char: string) => string,
): { start: number; end: number }[] {
  const { folded, origin } = foldText(text, replace);
  return matchSpans(folded, pattern).map(({ start, end }) => ({ start: origin[start]!, end: origin[end - 1]! + 1 }));
}

/** "XYZ @contoso com": the local part, a spaced @, labels joined by spaced dots or spaces, and a common ending. */
const spacedEmail = new RegExp(
  String.raw`[A-Za-z0-9._%+-]+[ \t]*@[ \t]*[A-Za-z0-9-]+` +
    String.raw`(?:[ \t]*\.[ \t]*[A-Za-z0-9-]+|[ \t]+(?:com|net|org)\b)*(?:[ \t]*\.[ \t]*|[ \t]+)(?:com|net|org)\b`,
  'g',
);
const standardEmail = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Every rule of the lab, naive ones first. */
export const redactionRules: readonly RedactionRule[] = [
  { id: 'email-standard', tier: 'naive', kind: 'email', find: (text) => matchSpans(text, standardEmail) },
  { id: 'phone-dashed', tier: 'naive', kind: 'phone', find: (text) => matchSpans(text, /\b\d{3}-\d{3}-\d{4}\b/g) },
  { id: 'ipv4-dotted', tier: 'naive', kind: 'ip', find: (text) => matchSpans(text, /\b\d{1,3}(?:\.\d{1,3}){3}\b/g) },
  {
    id: 'email-spaced',
    tier: 'better',
    kind: 'email',
    // "XYZ @contoso com": spaces around the @, and a space where the dot before the ending should be.
    find: (text) => matchSpans(text, spacedEmail),
  },
  {
    id: 'email-spelled-out',
    tier: 'better',
    kind: 'email',
    find: (text, language) => matchSpans(text, spelledOutEmail(language)),
  },
  {
    id: 'email-across-lines',
    tier: 'better',
    kind: 'email',
    // Line breaks are dropped before matching, so an address split across lines joins up again.
    find: (text) => matchFolded(text, standardEmail, (char) => (char === '\n' || char === '\r' ? '' : char)),
  },
  {
    id: 'email-look-alikes',
    tier: 'better',
    kind: 'email',
    find: (text) => matchFolded(text, standardEmail, (char) => lookAlikes[char] ?? char),
  },
  {
    id: 'phone-flexible',
    tier: 'better',
    kind: 'phone',
    find: (text) => matchSpans(text, /(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]?\d{3}[ .-]?\d{4}\b/g),
  },
  {
    id: 'ipv4-loose',
    tier: 'better',
    kind: 'ip',
    find: (text, language) => matchSpans(text, looseIPv4(language)),
  },
  {
    id: 'ipv6',
    tier: 'better',
    kind: 'ip',
    find: (text) => matchSpans(text, /(?<![\w:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g),
  },
  {
    id: 'name-after-cue',
    tier: 'better',
    kind: 'name',
    find: (text, language) =>
      [...text.matchAll(language.nameAfterCue)].map((match) => {
        const start = match.index + match[0].length - match[1]!.length;
        return { start, end: start + match[1]!.length };
      }),
  },
];

const rulesById = new Map(redactionRules.map((rule) => [rule.id, rule]));

/** The rules a first, naive tool would use. */
export const naiveRuleIds: readonly RuleId[] = redactionRules
  .filter((rule) => rule.tier === 'naive')
  .map((rule) => rule.id);

/** Every span the chosen rules redact in `text` (written in `locale`'s language), sorted by position. */
export function findRedactions(text: string, chosen: readonly RuleId[], locale: Locale = 'en'): RedactionSpan[] {
  const language = ruleLanguages[locale];
  return chosen
    .flatMap((id) => {
      const rule = rulesById.get(id);
      return rule ? rule.find(text, language).map((span) => ({ ...span, ruleId: id })) : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where a planted value sits in its note. */
export function plantedRange(note: SupportNote, item: PlantedItem): { start: number; end: number } {
  const start = note.text.indexOf(item.value);
  if (start < 0 || note.text.indexOf(item.value, start + 1) >= 0)
    throw new Error(`${note.id}: “${item.value}” must occur exactly once`);
  return { start, end: start + item.value.length };
}

/** True when the spans together cover every character from `start` to `end`. */
function covered(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!spans.some((span) => index >= span.start && index < span.end)) return false;
  }
  return true;
}

/** Overlapping or touching spans joined into single stretches. */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** How one note fares under a set of rules. */
export interface NoteResult {
  note: SupportNote;
  spans: RedactionSpan[];
  caught: PlantedItem[];
  missed: PlantedItem[];
  /** Redacted stretches (overlapping spans merged) that touch no planted value: lost information. */
  falsePositives: { start: number; end: number }[];
}

/** Runs the chosen rules over text nobody annotated (the learner's own notes): every span, nothing scored. */
export function redactFreeText(text: string, chosen: readonly RuleId[], locale: Locale = 'en'): NoteResult {
  return redactNote({ id: 'own', title: '', text, planted: [], decoys: [] }, chosen, locale);
}

/** Runs the chosen rules over one note and scores the result. */
export function redactNote(note: SupportNote, chosen: readonly RuleId[], locale: Locale = 'en'): NoteResult {
  const spans = findRedactions(note.text, chosen, locale);
  const ranges = note.planted.map((item) => ({ item, ...plantedRange(note, item) }));
  const caught = ranges.filter((range) => covered(spans, range.start, range.end)).map((range) => range.item);
  const missed = note.planted.filter((item) => !caught.includes(item));
  const falsePositives = mergeSpans(spans).filter(
    (span) => !ranges.some((range) => span.start < range.end && range.start < span.end),
  );
  return { note, spans, caught, missed, falsePositives };
}

/** Totals over all notes for a set of rules. */
export interface LabScore {
  planted: number;
  caught: number;
  missed: number;
  falsePositives: number;
  notes: NoteResult[];
}

/** Runs the chosen rules over every note. */
export function scoreRedaction(
  notes: readonly SupportNote[],
  chosen: readonly RuleId[],
  locale: Locale = 'en',
): LabScore {
  const results = notes.map((note) => redactNote(note, chosen, locale));
  const caught = results.reduce((sum, result) => sum + result.caught.length, 0);
  const planted = results.reduce((sum, result) => sum + result.note.planted.length, 0);
  return {
    planted,
    caught,
    missed: planted - caught,
    falsePositives: results.reduce((sum, result) => sum + result.falsePositives.length, 0),
    notes: results,
  };
}

/** What one rule achieves on its own: the planted values it catches, and its false positives. */
export function ruleReport(
  notes: readonly SupportNote[],
  id: RuleId,
  locale: Locale = 'en',
): { catches: string[]; falsePositives: string[] } {
  const results = notes.map((note) => redactNote(note, [id], locale));
  return {
    catches: results.flatMap((result) => result.caught.map((item) => item.id)),
    falsePositives: results.flatMap((result) =>
      result.falsePositives.map((span) => result.note.text.slice(span.start, span.end)),
    ),
  };
}

/** A run of text with one state, for display; removed runs name the rule that removed them. */
export interface Segment {
  text: string;
  state: 'plain' | 'redacted' | 'leaked' | 'over-redacted';
  ruleId?: RuleId;
}

/**
 * The note cut into runs: redacted personal data, personal data that slipped through, text
 * redacted that was not personal data, and plain text. Adjacent characters in the same state
 * (and, for redactions, the same span) form one run.
 */
export function segmentNote(result: NoteResult): Segment[] {
  const { note, spans } = result;
  const planted = note.planted.map((item) => plantedRange(note, item));
  const segments: Segment[] = [];
  let previousKey = '';
  for (let index = 0; index < note.text.length; index++) {
    const span = spans.find((candidate) => index >= candidate.start && index < candidate.end);
    const isPlanted = planted.some((range) => index >= range.start && index < range.end);
    const state: Segment['state'] = span ? (isPlanted ? 'redacted' : 'over-redacted') : isPlanted ? 'leaked' : 'plain';
    const key = `${state}:${span ? `${span.start}-${span.end}` : ''}`;
    const last = segments.at(-1);
    if (last && key === previousKey) last.text += note.text[index];
    else segments.push({ text: note.text[index]!, state, ...(span ? { ruleId: span.ruleId } : {}) });
    previousKey = key;
  }
  return segments;
}
