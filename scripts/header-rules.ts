/**
 * The `_headers` file format that static hosts read, and the two ways hosts resolve it, as pure
 * functions. `_headers` means different things on different hosts, so the site's rules are
 * written to resolve to the same framing policy under both readings, and src/embed tests check
 * that with these resolvers.
 *
 * - Cloudflare Pages (https://developers.cloudflare.com/pages/configuration/headers/, and its
 *   asset server, cloudflare/workers-sdk packages/pages-shared): a `! Name` line detaches a header
 *   set by an earlier matching rule; every matching rule is applied in file order, and a header
 *   set by more than one of them gets their values joined with ", ". A path given twice keeps only
 *   its last block (the rules are a map keyed by path). `*` matches any run of characters,
 *   `:name` one path segment, and the rest of the pattern is matched exactly.
 * - Netlify (https://docs.netlify.com/manage/routing/headers/, and its parser, netlify/build
 *   packages/headers-parser, as netlify/cli applies it): there is no `!`; a line without a colon
 *   is skipped. For each header name the last matching rule wins. A pattern is matched case-
 *   insensitively and with an optional trailing slash; a `*` segment also matches nothing (so
 *   `/embed/*` matches `/embed/`) and `:name` matches one segment.
 */

/** One block of a `_headers` file: a path pattern, the headers it sets and the ones it detaches. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  /** Lower-case names of headers detached with `! Name` (Cloudflare Pages only). */
  detach: string[];
}

/** Parses the `_headers` format: a path line, then indented `Name: value` or `! Name` lines; `#` starts a comment. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    if (trimmed.startsWith('!')) {
      rule.detach.push(trimmed.slice(1).trim().toLowerCase());
      continue;
    }
    const separator = trimmed.indexOf(':');
    if (separator > 0) rule.headers.push([trimmed.slice(0, separator).trim(), trimmed.slice(separator + 1).trim()]);
  }
  return rules;
}

const escapeRegExp = (text: string) => text.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&');

/** True when `path` matches a pattern as Cloudflare Pages reads it (`*` any run, `:name` one segment). */
export function matchesPattern(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => escapeRegExp(part).replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/** True when `path` matches a pattern as Netlify reads it (see the module comment). */
export function matchesNetlifyPattern(pattern: string, path: string): boolean {
  const segments = pattern
    .split('/')
    .map((segment) => segment.trimEnd())
    .filter(Boolean)
    .map((segment) => {
      if (segment.startsWith(':')) return '([^/]+)';
      if (segment === '*') return '?(.*)';
      return segment.split('*').map(escapeRegExp).join('(.*)');
    });
  return new RegExp(`^/${segments.join('/')}/?$`, 'iu').test(path);
}

/** The headers Cloudflare Pages sends for `path` (lower-case names). */
export function cloudflareHeadersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  // A repeated path keeps its first place but its last block.
  const byPattern = new Map<string, HeaderRule>();
  for (const rule of rules) byPattern.set(rule.pattern, rule);
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of byPattern.values()) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [rawName, value] of rule.headers) {
      const name = rawName.toLowerCase();
      const earlier = headers.get(name);
      headers.set(name, setByRules.has(name) && earlier !== undefined ? `${earlier}, ${value}` : value);
      setByRules.add(name);
    }
  }
  return headers;
}

/** The headers Netlify sends for `path` (lower-case names). */
export function netlifyHeadersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesNetlifyPattern(rule.pattern, path)) continue;
    // Within one block a repeated name is joined; across blocks the later block wins.
    const own = new Map<string, string>();
    for (const [rawName, value] of rule.headers) {
      const name = rawName.toLowerCase();
      const earlier = own.get(name);
      own.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    }
    for (const [name, value] of own) headers.set(name, value);
  }
  return headers;
}

/**
 * The headers for `path` that the project's own server sends: the Cloudflare Pages reading, the
 * one that honours `!`. The tests check that the Netlify reading frames every page the same way.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  return cloudflareHeadersFor(rules, path);
}

/**
 * Who may frame a response with these headers, as a browser decides it: the `frame-ancestors`
 * sources when a Content-Security-Policy has that directive (X-Frame-Options is then ignored,
 * HTML standard, "X-Frame-Options" processing), else what X-Frame-Options allows, else anyone.
 * Several policies (joined with ", ") must all allow a framing, so this lists each one.
 */
export function framingPolicy(headers: ReadonlyMap<string, string>): string {
  const ancestors = (headers.get('content-security-policy') ?? '').split(',').flatMap((policy) =>
    policy
      .split(';')
      .map((directive) => directive.trim())
      .filter((directive) => /^frame-ancestors(\s|$)/i.test(directive)),
  );
  if (ancestors.length > 0) return ancestors.join(', ');
  const frameOptions = headers.get('x-frame-options')?.trim().toUpperCase();
  if (frameOptions === 'SAMEORIGIN') return "frame-ancestors 'self'";
  if (frameOptions === 'DENY') return "frame-ancestors 'none'";
  return 'frame-ancestors *';
}
