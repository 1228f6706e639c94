import { describe, expect, test } from 'vitest';
import { challenges, findChallenge, gradeChallenge, startingTables } from './challenges.ts';
import type { RuleDraft, Scenario } from './simulator.ts';

const challenge = (id: string) => {
  const found = findChallenge(id);
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
    for (const item of challenges) {
      expect(gradeChallenge(item, startingTables[item.start]).passed, `${item.id} at the start`).toBe(false);
      expect(gradeChallenge(item, solutions[item.id]!), `${item.id} solved`).toMatchObject({ passed: true });
    }
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
