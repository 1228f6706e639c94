import { describe, expect, test } from 'vitest';
import { decodeFragment, encodeFragment } from './scenario-link.ts';
import { december2019Scenario } from './simulator.ts';

describe('scenario links', () => {
  test('decodeFragment(encodeFragment(scenario)) gives the scenario and the challenge back, non-ASCII included', () => {
    const scenario = { ...december2019Scenario, rules: [{ ...december2019Scenario.rules[0]!, name: 'règle-é' }] };
    expect(decodeFragment(encodeFragment(scenario, 'partner-only'))).toEqual({
      kind: 'ok',
      scenario,
      challengeId: 'partner-only',
    });
  });
  test('decodeFragment reads an empty fragment as empty and a challenge alone as its starting table', () => {
    expect(decodeFragment('')).toEqual({ kind: 'empty' });
    expect(decodeFragment('#challenge=deny-too-low')).toEqual({ kind: 'ok', challengeId: 'deny-too-low' });
  });
  test('decodeFragment says why a corrupted or tampered fragment cannot be read, without quoting it', () => {
    const good = encodeFragment(december2019Scenario);
    expect(decodeFragment(`${good.slice(0, -7)}!!`)).toMatchObject({ kind: 'error', reason: 'not an encoded table' });
    const tampered = encodeFragment({ ...december2019Scenario, authentication: 'yes' as unknown as boolean });
    expect(decodeFragment(tampered)).toMatchObject({ kind: 'error', reason: 'authentication: invalid_type' });
    const script = encodeFragment({
      ...december2019Scenario,
      rules: [{ ...december2019Scenario.rules[0]!, priority: 42 as unknown as string }],
    });
    expect(decodeFragment(script)).toMatchObject({ kind: 'error', reason: 'rules.0.priority: invalid_type' });
    expect(decodeFragment('#table=')).toMatchObject({ kind: 'error' });
    expect(decodeFragment('#nonsense')).toEqual({ kind: 'error', reason: 'no table' });
  });
});
