import { describe, expect, test } from 'vitest';
import { educators } from '../../content/strings.json';
import { describeMissed, describeSimulation, fillTemplate, formatShare } from './result-text.ts';
import { december2019Scenario, simulate } from './simulator.ts';

const honeypot = { firstAttackHours: 8.5, reportedRequestsPerDay: 18, requests: 175, days: 11 };

describe('fillTemplate', () => {
  test('fillTemplate fills known names and leaves unknown ones', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('formatShare', () => {
  test('formatShare rounds to whole percent, one decimal when small, and floors tiny shares', () => {
    expect([formatShare(1), formatShare(0.5), formatShare(0.042), formatShare(0.00001)]).toEqual([
      '100%',
      '50%',
      '4.2%',
      'under 0.1%',
    ]);
  });
});

describe('describeSimulation', () => {
  test('describeSimulation of December 2019 says it is readable and fills in every figure', () => {
    const text = describeSimulation(simulate(december2019Scenario, honeypot, 26), educators.simulator);
    expect(text.verdict).toMatch(/^Open and readable: 100% of the public internet/);
    expect(text.estimate).toContain('8.5 hours');
    expect(text.estimate).toContain('roughly 414 to 468 requests');
    expect(text.estimate).not.toMatch(/\{\w+\}/);
    expect(text.outcomes.at(-1)).toMatchObject({ name: 'DenyAllInBound', access: 'Deny', decided: '0' });
  });
  test('describeSimulation with authentication on gives no attack estimate', () => {
    const text = describeSimulation(
      simulate({ ...december2019Scenario, authentication: true }, honeypot, 26),
      educators.simulator,
    );
    expect(text.verdict).toMatch(/^Reachable, but locked/);
    expect(text.estimate).toBeUndefined();
  });
});

describe('describeMissed', () => {
  test('describeMissed lists what slipped through with its format, line breaks shown as ↵', async () => {
    const { redactNote, naiveRuleIds } = await import('./redactor.ts');
    const { supportNotes } = await import('./support-notes.ts');
    const note4 = supportNotes.find((note) => note.id === 'note-4')!;
    expect(describeMissed(redactNote(note4, naiveRuleIds), educators.redaction)).toBe(
      'Slipped through in this note: sam.lee@exam↵ple.net (line break); 198.51.100↵.23 (line break)',
    );
    expect(describeMissed(redactNote(supportNotes[0]!, naiveRuleIds), educators.redaction)).toBe(
      educators.redaction.nothingMissed,
    );
  });
});
