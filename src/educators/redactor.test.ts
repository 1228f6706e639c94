import { describe, expect, test } from 'vitest';
import { findPersonalData } from '../guard/personal-data.ts';
import {
  findRedactions,
  foldText,
  naiveRuleIds,
  redactFreeText,
  redactNote,
  redactionRules,
  ruleIds,
  ruleReport,
  scoreRedaction,
  segmentNote,
} from './redactor.ts';
import { supportNoteSchema } from './schemas.ts';
import { nextWeekNotes, supportNotes } from './support-notes.ts';

const noteById = (id: string) => {
  const note = supportNotes.find((candidate) => candidate.id === id);
  if (!note) throw new Error(id);
  return note;
};

describe('supportNotes', () => {
  test('supportNotes and nextWeekNotes match supportNoteSchema', () => {
    for (const note of [...supportNotes, ...nextWeekNotes]) expect(supportNoteSchema.parse(note)).toEqual(note);
  });
  test('supportNotes pass the personal-data guard, leaky formats included', () => {
    for (const note of [...supportNotes, ...nextWeekNotes]) expect(findPersonalData(note.text), note.id).toEqual([]);
  });
  test('supportNotes plant every value exactly once and name each decoy as it appears', () => {
    for (const note of [...supportNotes, ...nextWeekNotes]) {
      for (const item of note.planted) expect(note.text.split(item.value), item.id).toHaveLength(2);
      for (const decoy of note.decoys) expect(note.text).toContain(decoy.value);
    }
  });
});

describe('foldText', () => {
  test('foldText maps each kept character back to where it came from', () => {
    const { folded, origin } = foldText('a\nb＠c', (char) => (char === '\n' ? '' : char === '＠' ? '@' : char));
    expect(folded).toBe('ab@c');
    expect(origin).toEqual([0, 2, 3, 4]);
  });
});

describe('each rule on its own', () => {
  const catches = (id: (typeof ruleIds)[number]) => ruleReport(supportNotes, id).catches;
  test('email-standard catches only the tidy address', () => {
    expect(catches('email-standard')).toEqual(['n1-email']);
  });
  test('email-spaced catches Microsoft’s “XYZ @contoso com” and the spaced @', () => {
    expect(catches('email-spaced')).toEqual(['n1-email', 'n2-email-xyz', 'n2-email-alex']);
  });
  test('email-spelled-out catches “jane dot doe at example dot com” and over-redacts a help-site mention', () => {
    const report = ruleReport(supportNotes, 'email-spelled-out');
    expect(report.catches).toEqual(['n3-email']);
    expect(report.falsePositives).toEqual(['customer at help dot contoso dot com']);
  });
  test('email-across-lines joins an address split by a line break', () => {
    expect(catches('email-across-lines')).toEqual(['n1-email', 'n4-email']);
  });
  test('email-look-alikes catches Cyrillic and full-width characters', () => {
    expect(catches('email-look-alikes')).toEqual(['n1-email', 'n5-email-cyrillic', 'n5-email-fullwidth']);
  });
  test('phone-dashed misses brackets, spaces and dots; phone-flexible catches them and a case number too', () => {
    expect(catches('phone-dashed')).toEqual(['n1-phone']);
    const flexible = ruleReport(supportNotes, 'phone-flexible');
    expect(flexible.catches).toEqual(['n1-phone', 'n3-phone-brackets', 'n3-phone-intl', 'n5-phone']);
    expect(flexible.falsePositives).toEqual(['4205550163']);
  });
  test('ipv4-dotted misses split and defanged addresses and takes a version number for an address', () => {
    expect(ruleReport(supportNotes, 'ipv4-dotted')).toEqual({ catches: ['n1-ip'], falsePositives: ['10.1.3.2'] });
    expect(catches('ipv4-loose')).toEqual(['n1-ip', 'n4-ip', 'n6-ip-defanged']);
  });
  test('ipv6 catches the documentation address and mistakes a clock time for one', () => {
    expect(ruleReport(supportNotes, 'ipv6')).toEqual({ catches: ['n6-ip-v6'], falsePositives: ['10:30:15'] });
  });
});

describe('scoreRedaction', () => {
  test('scoreRedaction with the naive rules lets most awkward formats through', () => {
    const score = scoreRedaction(supportNotes, naiveRuleIds);
    expect(score.caught).toBe(3);
    expect(score.missed).toBe(score.planted - 3);
    expect(score.falsePositives).toBe(1);
  });
  test('scoreRedaction with every rule still misses a name with no cue, and costs more false positives', () => {
    const score = scoreRedaction(supportNotes, ruleIds);
    expect(score.notes.flatMap((note) => note.missed.map((item) => item.id))).toEqual(['n4-name']);
    expect(score.falsePositives).toBeGreaterThan(scoreRedaction(supportNotes, naiveRuleIds).falsePositives);
  });
  test('the planted names count: the naive rules catch none of them', () => {
    const names = supportNotes.flatMap((note) => note.planted.filter((item) => item.kind === 'name'));
    expect(names.map((item) => item.value)).toEqual(['Jane Doe', 'Sam', 'Mia']);
    const naive = scoreRedaction(supportNotes, naiveRuleIds);
    expect(naive.notes.flatMap((note) => note.caught).filter((item) => item.kind === 'name')).toEqual([]);
  });
  test('on next week’s notes, which the rules were not tuned on, every rule on together still lets several values through', () => {
    const score = scoreRedaction(nextWeekNotes, ruleIds);
    expect(score.missed).toBeGreaterThanOrEqual(4);
    expect(score.caught).toBeGreaterThan(scoreRedaction(nextWeekNotes, naiveRuleIds).caught);
  });
  test('name-after-cue catches names after a cue and removes a product name after one', () => {
    expect(ruleReport(supportNotes, 'name-after-cue')).toEqual({
      catches: ['n1-name', 'n3-name'],
      falsePositives: ['Windows Update'],
    });
  });
  test('redactFreeText runs the rules over a learner’s own note and names the rule of every span', () => {
    const result = redactFreeText('Mail jo@example.com or ask for Jo Bloggs', ruleIds);
    expect(
      segmentNote(result)
        .filter((segment) => segment.ruleId)
        .map((segment) => segment.ruleId),
    ).toEqual(['email-standard', 'name-after-cue']);
  });
  test('every rule catches something the naive set misses, or is naive itself', () => {
    const naiveCatches = new Set(naiveRuleIds.flatMap((id) => ruleReport(supportNotes, id).catches));
    for (const rule of redactionRules.filter((candidate) => candidate.tier === 'better')) {
      expect(
        ruleReport(supportNotes, rule.id).catches.some((id) => !naiveCatches.has(id)),
        rule.id,
      ).toBe(true);
    }
  });
});

describe('redactNote and segmentNote', () => {
  test('redactNote counts one false positive where two rules remove the same text', () => {
    const note = noteById('note-6');
    expect(
      findRedactions(note.text, ['ipv4-dotted', 'ipv4-loose']).filter(
        (span) => note.text.slice(span.start, span.end) === '10.1.3.2',
      ),
    ).toHaveLength(2);
    expect(redactNote(note, ['ipv4-dotted', 'ipv4-loose']).falsePositives).toHaveLength(1);
  });
  test('redactNote counts a value as caught only when every character is covered', () => {
    const note = noteById('note-4');
    // The naive rule would find "sam.lee@exam" only if it ended in a domain; it finds nothing here.
    expect(findRedactions(note.text, ['email-standard'])).toEqual([]);
    expect(redactNote(note, ['email-across-lines']).caught.map((item) => item.id)).toEqual(['n4-email']);
  });
  test('segmentNote marks leaked, redacted and over-redacted runs and keeps the text whole', () => {
    const result = redactNote(noteById('note-6'), ['ipv4-dotted']);
    const segments = segmentNote(result);
    expect(segments.map((segment) => segment.text).join('')).toBe(result.note.text);
    expect(segments.filter((segment) => segment.state === 'over-redacted').map((segment) => segment.text)).toEqual([
      '10.1.3.2',
    ]);
    expect(segments.filter((segment) => segment.state === 'leaked').map((segment) => segment.text)).toEqual([
      '203.0.113[.]9',
      '2001:db8::17',
    ]);
  });
});
