/**
 * Static checks of a page's Content Security Policy and of what would need the policy loosened:
 * a meta policy must exist, its script-src must not allow 'unsafe-inline' or 'unsafe-eval', and
 * the page must not carry inline event handlers, javascript: URLs, style attributes, unhashed
 * inline scripts or styles, or scripts from another origin.
 */
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';

/** A Content Security Policy as directive name → source list (lower-case names). */
export type CspDirectives = ReadonlyMap<string, readonly string[]>;

/**
 * Parses a policy string ("default-src 'self'; script-src 'self' 'sha256-…'"). The first
 * occurrence of a directive wins, as in browsers.
 */
export function parseCsp(policy: string): CspDirectives {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern `directive`, falling back to default-src as browsers do. */
export function effectiveSources(
  policy: CspDirectives,
  directive: 'script-src' | 'style-src',
): readonly string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

/** The CSP source expression for an inline script or style body. */
export function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** True when `source` would allow inline scripts or styles in a browser that knows hashes. */
function allowsInline(sources: readonly string[]): boolean {
  // 'unsafe-inline' is ignored when a hash or nonce is present, but a policy that says it is
  // still a loophole for old browsers and a red flag.
  return sources.includes("'unsafe-inline'");
}

const inlineHandler = /^on[a-z]+$/i;

/**
 * Everything on the page that breaks the policy rules, as readable messages ("index.html: …").
 * `siteOrigin` is the site's public origin, so absolute URLs to it do not count as another origin.
 */
export function cspProblems(file: string, html: string, siteOrigin?: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(html);
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const meta = metas[0];
  if (!meta) {
    problems.push(
      `${file}: no <meta http-equiv="content-security-policy">; pages must go through BaseLayout so Astro adds the policy`,
    );
  }
  const policy = parseCsp(meta?.getAttribute('content') ?? '');
  const scriptSources = effectiveSources(policy, 'script-src') ?? [];
  const styleSources = effectiveSources(policy, 'style-src') ?? [];
  if (meta && effectiveSources(policy, 'script-src') === undefined)
    problems.push(`${file}: the policy has neither script-src nor default-src`);
  if (allowsInline(scriptSources))
    problems.push(`${file}: script-src allows 'unsafe-inline'; use hashed scripts (Astro's security.csp) instead`);
  if (scriptSources.includes("'unsafe-eval'")) problems.push(`${file}: script-src allows 'unsafe-eval'`);
  if (allowsInline(styleSources))
    problems.push(`${file}: style-src allows 'unsafe-inline'; use classes or hashed styles`);

  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of [...element.attributes]) {
      if (inlineHandler.test(attribute.name)) {
        problems.push(
          `${file}: inline event handler ${attribute.name}="${attribute.value.slice(0, 40)}" on <${tag}>; ` +
            'attach listeners from a bundled script',
        );
      } else if (attribute.name === 'style') {
        problems.push(
          `${file}: style="${attribute.value.slice(0, 40)}" attribute on <${tag}> needs 'unsafe-inline'; ` +
            'use a class or set the property from a script',
        );
      } else if (
        /^\s*javascript:/i.test(attribute.value) &&
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)
      ) {
        problems.push(`${file}: javascript: URL in ${attribute.name} on <${tag}>`);
      }
    }
  }

  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type')?.toLowerCase() ?? '';
    const isData = type !== '' && !['module', 'text/javascript', 'application/javascript'].includes(type);
    const src = script.getAttribute('src');
    if (src !== null) {
      const url = new URL(src, 'https://site.invalid/');
      const sameOrigin =
        url.origin === 'https://site.invalid' ||
        (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin);
      if (!sameOrigin)
        problems.push(`${file}: script from another origin: ${src}; nothing may be loaded from another site`);
    } else if (!isData && meta && !scriptSources.includes(sha256Source(script.textContent ?? ''))) {
      problems.push(
        `${file}: inline <script> whose hash is not in script-src ` +
          `(${(script.textContent ?? '').trim().slice(0, 40)}…); let Astro bundle it`,
      );
    }
  }
  for (const style of document.querySelectorAll('style')) {
    // Styles inside inline SVG need a hash too: the page's policy covers them.
    if (meta && !styleSources.includes(sha256Source(style.textContent ?? ''))) {
      problems.push(
        `${file}: inline <style> whose hash is not in style-src ` +
          `(${(style.textContent ?? '').trim().slice(0, 40)}…); move it to a stylesheet`,
      );
    }
  }
  return problems;
}
