/**
 * The simulator's state in the URL fragment, so a trainer can share a scenario: "#table=" and
 * the table as base64url JSON, optionally with "challenge=<id>". Whatever arrives is untrusted:
 * it is decoded, checked against the scenario schema, and only ever put into form values and
 * text, never into markup.
 */
import { scenarioSchema, type Scenario } from './schemas.ts';

/** What a fragment holds. */
export type FragmentState =
  | { kind: 'empty' }
  | { kind: 'ok'; challengeId?: string; scenario?: Scenario }
  | { kind: 'error'; reason: string; challengeId?: string };

/** UTF-8 text as base64url without padding. */
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text back from base64url; throws on bad input. */
function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url');
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** Longest fragment read (a full table of 20 long rows fits well inside). */
const FRAGMENT_MAX = 16_000;

/** The fragment ("#…", or without "#") for a scenario, optionally within a challenge. */
export function encodeFragment(scenario: Scenario, challengeId?: string): string {
  const params = new URLSearchParams();
  if (challengeId) params.set('challenge', challengeId);
  params.set('table', toBase64Url(JSON.stringify(scenario)));
  return `#${params.toString()}`;
}

/** Reads a fragment; a fragment that is present but unreadable says why, in words that quote none of it. */
export function decodeFragment(hash: string): FragmentState {
  const text = hash.replace(/^#/, '');
  if (text === '') return { kind: 'empty' };
  if (text.length > FRAGMENT_MAX) return { kind: 'error', reason: 'too long' };
  const params = new URLSearchParams(text);
  const challengeId = params.get('challenge') ?? undefined;
  const withChallenge = challengeId === undefined ? {} : { challengeId };
  const table = params.get('table');
  if (table === null)
    return challengeId === undefined ? { kind: 'error', reason: 'no table' } : { kind: 'ok', challengeId };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(table));
  } catch {
    return { kind: 'error', reason: 'not an encoded table', ...withChallenge };
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : 'table';
    return { kind: 'error', reason: `${where}: ${issue?.code ?? 'invalid'}`, ...withChallenge };
  }
  return { kind: 'ok', scenario: parsed.data, ...withChallenge };
}
