/**
 * WordPress as an oEmbed consumer, for the embed tests, without PHP: the real wp-embed.min.js
 * from Debian's `wordpress` package (`.ci/run` unpacks it into .cache/wordpress), and a port of
 * what WordPress 6.1 does to an oEmbed provider's `html` before it prints it in a post
 * (wp-includes/embed.php: `wp_filter_oembed_iframe_title_attribute`, then
 * `wp_filter_oembed_result`, with `wp_kses` reduced to the tags and attributes it allows there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `.ci/run` unpacks Debian's wordpress package (relative to the project root). */
export const wordpressCacheDir = join('.cache', 'wordpress');

/** wp-embed.min.js inside the unpacked package. */
export const wpEmbedCachePath = join(
  wordpressCacheDir,
  'usr',
  'share',
  'wordpress',
  'wp-includes',
  'js',
  'wp-embed.min.js',
);

/** The source of wp-embed.min.js: WP_EMBED_JS when set, else the cached copy; an error saying how to get it otherwise. */
export function wpEmbedSource(): string {
  const path = process.env.WP_EMBED_JS ?? wpEmbedCachePath;
  if (!existsSync(path))
    throw new Error(
      `No wp-embed.min.js at ${path}. The WordPress embed test runs WordPress's own resizer: ` +
        `run \`.ci/run\` once (it unpacks Debian's wordpress package into ${wordpressCacheDir}), or by hand: ` +
        `\`mkdir -p ${wordpressCacheDir} && cd ${wordpressCacheDir} && apt-get download wordpress && dpkg-deb -x wordpress_*.deb .\`, ` +
        'or set WP_EMBED_JS to a copy of wp-includes/js/wp-embed.min.js.',
    );
  return readFileSync(path, 'utf8');
}

/** What `wp_filter_oembed_result` lets through: tag → allowed attributes. */
type AllowedHtml = Record<string, readonly string[]>;

const oembedAllowedHtml: AllowedHtml = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

/** The attributes of a start tag, in order, as `[name, value]` (value `undefined` for a bare attribute). */
function attributesOf(source: string): [string, string | undefined][] {
  const pattern = /([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  return [...source.matchAll(pattern)].map((match) => [
    (match[1] ?? '').toLowerCase(),
    match[2] ?? match[3] ?? match[4],
  ]);
}

/**
 * `wp_kses` for the simple markup an oEmbed provider sends: allowed tags keep only their allowed
 * attributes, rewritten with double quotes; every other tag goes, its text stays.
 */
export function kses(html: string, allowed: AllowedHtml): string {
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g, (_, closing: string, rawName: string, rest: string) => {
    const name = rawName.toLowerCase();
    const keep = allowed[name];
    if (!keep) return '';
    if (closing) return `</${name}>`;
    const kept = attributesOf(rest)
      .filter(([attribute]) => keep.includes(attribute))
      .map(([attribute, value]) => (value === undefined ? attribute : `${attribute}="${value}"`));
    return `<${[name, ...kept].join(' ')}>`;
  });
}

/** `wp_filter_oembed_iframe_title_attribute`: the iframe's own title moves to the front of its attributes. */
export function moveIframeTitleFirst(html: string): string {
  const tag = /<iframe([^>]*)>/i.exec(html);
  if (!tag) return html;
  const attributes = [...(tag[1] ?? '').matchAll(/\s*([^\s=]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)];
  const title = attributes.find((attribute) => attribute[1]?.toLowerCase() === 'title');
  if (!title) return html;
  const others = attributes.filter((attribute) => attribute !== title).map((attribute) => attribute[0].trim());
  const titleValue = (title[2] ?? '').replace(/^["']|["']$/g, '');
  return html.replace(tag[0], `<iframe title="${titleValue}" ${others.join(' ')}>`);
}

/**
 * The markup WordPress prints in a post for an oEmbed `html`, with the frame's `secret`
 * (WordPress makes ten random letters and digits): the blockquote and iframe only, the secret in
 * the iframe's address and on both elements, the iframe clipped to 1×1 px and sandboxed.
 */
export function wordpressOembedMarkup(html: string, secret: string): string {
  const filtered = kses(moveIframeTitleFirst(html), oembedAllowedHtml);
  const parts = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(filtered);
  if (!parts?.[2])
    throw new Error('wordpressOembedMarkup: the oEmbed html has no iframe, so WordPress would show nothing');
  const quote = parts[1] ?? '';
  let markup = quote + parts[2];
  const src = / src=(['"])(.*?)\1/.exec(markup);
  if (src) {
    const quoteMark = src[1] ?? '"';
    markup = markup
      .replace(
        src[0],
        ` src=${quoteMark}${src[2]}#?secret=${secret}${quoteMark} data-secret=${quoteMark}${secret}${quoteMark}`,
      )
      .replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  markup = kses(markup, {
    ...oembedAllowedHtml,
    blockquote: ['data-secret'],
    iframe: [...(oembedAllowedHtml['iframe'] ?? []), 'data-secret'],
  });
  if (quote) {
    markup = markup
      .replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
      .replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return markup.replace(
    /<iframe/gi,
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  );
}

/** A WordPress-style secret: ten letters and digits. */
export function wordpressSecret(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => alphabet[byte % alphabet.length]).join('');
}
