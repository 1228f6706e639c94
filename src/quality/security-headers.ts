/**
 * The HTTP security headers every path of the site must get from public/_headers (applied by
 * static hosts and by scripts/static-server.ts): what each must say, checked on the headers a
 * path ends up with.
 */

/** A required header: its lower-case name, a test of its value, and what is expected, for messages. */
export interface HeaderRequirement {
  name: string;
  accepts: (value: string) => boolean;
  expected: string;
}

const oneYear = 31_536_000;

/**
 * The headers every response of the site needs. Framing rules (frame-ancestors,
 * X-Frame-Options) belong to the embeds' block of _headers and are checked by its tests.
 */
export const requiredSecurityHeaders: readonly HeaderRequirement[] = [
  {
    name: 'strict-transport-security',
    accepts: (value) => Number(/max-age=(\d+)/i.exec(value)?.[1] ?? 0) >= oneYear,
    expected: 'max-age of at least one year (31536000)',
  },
  { name: 'x-content-type-options', accepts: (value) => value.trim().toLowerCase() === 'nosniff', expected: 'nosniff' },
  {
    name: 'referrer-policy',
    accepts: (value) =>
      ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(
        value.trim().toLowerCase(),
      ),
    expected: 'no-referrer, same-origin, strict-origin or strict-origin-when-cross-origin',
  },
  {
    name: 'permissions-policy',
    accepts: (value) =>
      ['camera=()', 'microphone=()', 'geolocation=()'].every((feature) => value.replace(/\s/g, '').includes(feature)),
    expected: 'at least camera=(), microphone=() and geolocation=() turned off',
  },
  {
    name: 'cross-origin-opener-policy',
    accepts: (value) => value.trim().toLowerCase() === 'same-origin',
    expected: 'same-origin',
  },
];

/** What is missing or wrong in the headers of `path`, as readable messages. */
export function securityHeaderProblems(path: string, headers: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const requirement of requiredSecurityHeaders) {
    const value = headers.get(requirement.name);
    if (value === undefined) problems.push(`${path}: no ${requirement.name} header (want ${requirement.expected})`);
    else if (!requirement.accepts(value))
      problems.push(`${path}: ${requirement.name} is "${value}", want ${requirement.expected}`);
  }
  return problems;
}
