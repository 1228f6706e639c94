/**
 * The resize and navigation messages an embed exchanges with the page that frames it, as pure
 * functions: NPR Pym.js's string protocol, AMP's `embed-size` object and Datawrapper's height
 * object (see DESIGN.md "Embeds"). Everything arriving from another window is validated here.
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
