/**
 * The resize and navigation messages an embed exchanges with the page that frames it, as pure
 * functions: NPR Pym.js's string protocol, AMP's `embed-size` object, Datawrapper's height
 * object and WordPress's oEmbed messages (see DESIGN.md "Embeds"). Everything arriving from
 * another window is validated here.
 */

/** Pym.js joins the parts of every message with this separator. */
const pymSeparator = 'xPYMx';

/** Heights outside 1…this many px are treated as garbage rather than applied to a frame. */
export const maxEmbedHeight = 100_000;

/**
 * The Pym child id from the `childId` query value, or undefined when absent or unsafe. The id is
 * only ever sent back to the parent (never written into the page), but an id that contains the
 * separator or whitespace would corrupt every message, so those are refused.
 */
export function pymChildIdFrom(value: string | null): string | undefined {
  return value && /^[\w.:-]{1,128}$/.test(value) && !value.includes(pymSeparator) ? value : undefined;
}

/** A Pym.js message string, e.g. `pymxPYMxchart-1xPYMxheightxPYMx742`. */
export function pymMessage(childId: string, type: 'height' | 'navigateTo', payload: string): string {
  return ['pym', childId, type, payload].join(pymSeparator);
}

/**
 * The width in a Pym parent's `width` message for `childId`, or undefined when `data` is anything
 * else (another id, another type, not a string, not a whole number).
 */
export function pymWidthFrom(data: unknown, childId: string): number | undefined {
  if (typeof data !== 'string') return undefined;
  const parts = data.split(pymSeparator);
  if (
    parts.length !== 4 ||
    parts[0] !== 'pym' ||
    parts[1] !== childId ||
    parts[2] !== 'width' ||
    !/^\d{1,6}$/.test(parts[3] ?? '')
  )
    return undefined;
  return Number(parts[3]);
}

/** What the host loader posts to an embed that may have reported its height before the loader ran. */
export const heightRequest = 'left-open-embed:send-height';

/** AMP's resize request (`amp-iframe resizable`), also sent by Flourish and NPR's Sidechain. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The AMP `embed-size` message for a document `height` px tall. */
export function ampEmbedSize(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Datawrapper's height object, which pages carrying Datawrapper's listener already apply. */
export function datawrapperHeight(
  chartId: string,
  height: number,
): Record<'datawrapper-height', Record<string, number>> {
  return { 'datawrapper-height': { [chartId]: height } };
}

/**
 * The height asked for by an AMP `embed-size` message, or undefined when `data` is not exactly
 * such a message with a whole number of px between 1 and {@link maxEmbedHeight}.
 */
export function heightFromEmbedSize(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { sentinel, type, height } = data as Partial<Record<keyof AmpEmbedSize, unknown>>;
  if (sentinel !== 'amp' || type !== 'embed-size' || typeof height !== 'number') return undefined;
  return Number.isInteger(height) && height > 0 && height <= maxEmbedHeight ? height : undefined;
}

/**
 * The secret WordPress gives an oEmbed frame in its address (`…#?secret=XXXXXXXXXX`, see
 * `wp_filter_oembed_result` in wp-includes/embed.php), or undefined when the fragment holds none
 * or anything but 1 to 32 letters and digits. The host's wp-embed.js finds the frame by it.
 */
export function wordpressSecretFrom(hash: string): string | undefined {
  if (!hash.startsWith('#?')) return undefined;
  const secret = new URLSearchParams(hash.slice(2)).get('secret');
  return secret && /^[A-Za-z0-9]{1,32}$/.test(secret) ? secret : undefined;
}

/** A message wp-embed.js acts on: `height` resizes the frame (kept between 200 and 1,000 px), `link` navigates the host. */
export interface WordpressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/** The WordPress `height` message for a document `height` px tall. */
export function wordpressHeight(secret: string, height: number): WordpressMessage {
  return { message: 'height', value: height, secret };
}

/** The WordPress `link` message: the host follows it only to the frame's own host, and only while the frame has focus. */
export function wordpressLink(secret: string, url: string): WordpressMessage {
  return { message: 'link', value: url, secret };
}

/**
 * True when `data` is wp-embed.js's `{ message: 'ready', secret }` for this frame: the host is
 * listening (it may have loaded after the frame) and wants the height again.
 */
export function isWordpressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: sent } = data as Record<string, unknown>;
  return message === 'ready' && sent === secret;
}

/**
 * `href` resolved against `base` when it is an http(s) URL, else undefined: the only URLs an embed
 * may ask its parent to navigate to (a `javascript:` or `data:` URL would run in the host page).
 */
export function navigableUrl(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
