import { describe, expect, test } from 'vitest';
import { locales } from '../lib/locales.ts';
import { findChallenge, gradeChallenge, parseChallenges, startingTables } from './challenges.ts';
import { challengesFor } from './content.ts';
import type { RuleDraft, Scenario } from './simulator.ts';

const challenges = challengesFor('en');
const challenge = (id: string) => {
  const found = findChallenge(challenges, id);
  if (!found) throw new Error(id);
  return found;
};
const withRule = (scenario: Scenario, name: string, change: Partial<RuleDraft>): Scenario => ({
  ...scenario,
  rules: scenario.rules.map((rule) => (rule.name === name ? { ...rule, ...change } : rule)),
});

describe('challenges', () => {
  test('there are a before-and-after challenge and at least four graded tasks, each with hints', () => {
    expect(challenges[0]?.id).toBe('what-changed');
    expect(challenges.length).toBeGreaterThanOrEqual(5);
    for (const item of challenges) expect(item.hints.length, item.id).toBeGreaterThanOrEqual(2);
  });
  test('no challenge is solved by its starting table, and every one can be solved', () => {
    const solutions: Record<string, Scenario> = {
      'what-changed': withRule(startingTables.after, 'allow-elasticsearch', { source: '10.20.0.0/16' }),
      'deny-too-low': withRule(startingTables['deny-too-low'], 'deny-internet', { priority: '300', port: '*' }),
      'partner-only': withRule(startingTables.after, 'allow-elasticsearch', {
        source: '198.51.100.0/24',
        port: '9200',
      }),
      'public-address': withRule(startingTables['public-address'], 'deny-internet-to-db', { destination: '10.0.0.4' }),
      'health-probes': withRule(startingTables['health-probes'], 'deny-all-es', { source: 'Internet' }),
    };
    for (const locale of locales)
      for (const item of challengesFor(locale)) {
        const name = `${locale} ${item.id}`;
        expect(gradeChallenge(item, startingTables[item.start]).passed, `${name} at the start`).toBe(false);
        expect(gradeChallenge(item, solutions[item.id]!), `${name} solved`).toMatchObject({ passed: true });
      }
  });
  test('every edition has the same challenges and goals; only the words differ', () => {
    const shape = (locale: (typeof locales)[number]) =>
      challengesFor(locale).map(({ id, start, audience, goals, hints }) => ({
        id,
        start,
        audience,
        hints: hints.length,
        goals: goals.map(({ label: _label, ...goal }) => goal),
      }));
    for (const locale of locales) expect(shape(locale), locale).toEqual(shape('en'));
    expect(challengesFor('es')[0]?.title).not.toBe(challenges[0]?.title);
  });
  test('parseChallenges names the file and the problem, as the simulator does with what its page hands it', () => {
    expect(() => parseChallenges({ challenges: [{ id: 'Bad Id' }] }, 'content/x/challenges.json')).toThrow(
      /^content\/x\/challenges\.json: /,
    );
  });
  test('gradeChallenge counts nothing while Azure would refuse the table', () => {
    const broken = withRule(startingTables.after, 'allow-elasticsearch', { source: 'everyone' });
    expect(gradeChallenge(challenge('what-changed'), broken)).toMatchObject({ evaluated: false, passed: false });
  });
  test('gradeChallenge fails a fix that deletes a rule the task says to keep', () => {
    const deleted = {
      ...startingTables['deny-too-low'],
      rules: startingTables['deny-too-low'].rules.filter((r) => r.name !== 'allow-elasticsearch'),
    };
    const grade = gradeChallenge(challenge('deny-too-low'), deleted);
    expect(grade.passed).toBe(false);
    expect(grade.goals.find((goal) => goal.label.includes('allow-elasticsearch'))?.met).toBe(false);
  });
});
