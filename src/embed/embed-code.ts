/**
 * The code a newsroom pastes to embed a chart, as pure functions of the site's address and the
 * chart. The default is an iframe plus our loader (/embed/loader.js); variants drive the same page
 * from a Pym.js parent the host already loads, or from AMP's `<amp-iframe>`; the oEmbed variant
 * adds the blockquote WordPress needs.
 */
import { chartEmbedHref } from '../charts/download-links.ts';
import { defaultLocale, type Locale } from '../lib/locales.ts';

/** What the embed code of one chart needs. */
export interface EmbedTarget {
  /** Public address of the site, e.g. "https://left-open.example.org" (a trailing path is ignored). */
  site: string | URL;
  /** Chart id, as in /embed/<id>/. */
  chartId: string;
  /** The edition embedded: /embed/<id>/ for English (the default), /es/embed/<id>/ for Spanish. */
  locale?: Locale | undefined;
  /** Chart title: the iframe's accessible name. */
  title: string;
  /** Height in px the iframe keeps when the host page runs no script (a CMS stripped it). */
  fallbackHeight: number;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(
    /[&"<>]/g,
    (character) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[character] ?? character,
  );
}

/** Absolute URL of a chart's embed page in an edition. */
export function embedPageUrl(site: string | URL, chartId: string, locale: Locale = defaultLocale): string {
  return new URL(chartEmbedHref(chartId, locale), site).href;
}

/** Absolute URL of the host loader script. */
export function loaderUrl(site: string | URL): string {
  return new URL('/embed/loader.js', site).href;
}

/** Escapes text for HTML element content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character] ?? character);
}

/** HTML attributes in order, values escaped; `true` writes a bare attribute (`resizable`). */
function attributes(values: Record<string, string | number | true>): string {
  return Object.entries(values)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
}

/**
 * The embed's iframe: full width, at a fixed fallback height that our loader (or WordPress)
 * replaces with the chart's height. Borderless by attribute as well as style, so it still looks
 * right when a CMS strips `style`.
 */
function embedIframe(target: EmbedTarget): string {
  const iframe = attributes({
    src: embedPageUrl(target.site, target.chartId, target.locale),
    title: target.title,
    width: '100%',
    height: Math.round(target.fallbackHeight),
    frameborder: 0,
    style: 'border:0;width:100%',
    loading: 'lazy',
  });
  return `<iframe${iframe}></iframe>`;
}

/** The loader script element, async so it never holds up the host page. */
function loaderScript(site: string | URL): string {
  return `<script async src="${escapeAttribute(loaderUrl(site))}"></script>`;
}

/**
 * The default embed code: the iframe inside a <div>, then the async loader, which resizes it to
 * the chart's height. The <div> keeps it in the text column of themes that widen iframes placed
 * directly in the content (WordPress's Twenty Twenty-One does, in responsive-embeds.js).
 */
export function embedCode(target: EmbedTarget): string {
  return `<div>${embedIframe(target)}</div>\n${loaderScript(target.site)}`;
}

/**
 * The oEmbed `html`: a blockquote linking to the chart, then the iframe and the loader. WordPress
 * keeps only the blockquote, its link and the iframe (`wp_filter_oembed_result`), hides the
 * blockquote and sizes the iframe once the embed posts its height; other consumers run our loader,
 * which hides the blockquote the same way. Without scripts, readers keep a link.
 */
export function oembedHtml(target: EmbedTarget & { siteName: string }): string {
  const href = attributes({ href: embedPageUrl(target.site, target.chartId, target.locale) });
  const link = `<a${href}>${escapeText(`${target.title}, ${target.siteName}`)}</a>`;
  const quote = `<blockquote class="wp-embedded-content">${link}</blockquote>`;
  return `${quote}\n${embedIframe(target)}\n${loaderScript(target.site)}`;
}

/** What the AMP embed code needs besides the chart: its size at a known width, a picture and a label. */
export interface AmpEmbedTarget extends Omit<EmbedTarget, 'fallbackHeight'> {
  /** A width in px and the embed's height at that width: AMP keeps this ratio until the embed reports its height. */
  width: number;
  height: number;
  /** Site path of the chart's PNG, shown until the frame is ready. */
  placeholderImage: string;
  /** Text of the button AMP shows when it cannot resize the frame at once. */
  overflowLabel: string;
}

/**
 * Embed code for AMP pages: an `<amp-iframe resizable>`, which our embed resizes with its AMP
 * `embed-size` messages. AMP requires the `overflow` element for `resizable` (shown when AMP
 * defers a resize, a tap applies it), and the `placeholder` lets the frame sit near the top of a
 * page. `allow-same-origin` is safe: the frame is on this site, never on the AMP page's origin.
 */
export function ampEmbedCode(target: AmpEmbedTarget): string {
  const frame = attributes({
    src: embedPageUrl(target.site, target.chartId, target.locale),
    title: target.title,
    width: Math.round(target.width),
    height: Math.round(target.height),
    layout: 'responsive',
    sandbox: 'allow-scripts allow-same-origin',
    resizable: true,
    frameborder: 0,
  });
  const image = attributes({
    placeholder: true,
    layout: 'fill',
    src: new URL(target.placeholderImage, target.site).href,
    alt: target.title,
  });
  const overflow = attributes({ overflow: true, tabindex: 0, role: 'button', 'aria-label': target.overflowLabel });
  return [
    `<amp-iframe${frame}>`,
    `  <amp-img${image}></amp-img>`,
    `  <div${overflow}>${escapeText(target.overflowLabel)}</div>`,
    `</amp-iframe>`,
  ].join('\n');
}

/** Embed code for pages that already load Pym.js (`pym.v1.min.js`): a container and a `pym.Parent`. */
export function pymEmbedCode(target: Omit<EmbedTarget, 'fallbackHeight'>): string {
  const containerId = `left-open-${target.chartId}`;
  // JSON string literals, with "<" escaped so a title can never close the script element.
  const literal = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c');
  const src = embedPageUrl(target.site, target.chartId, target.locale);
  const parent = `new pym.Parent(${literal(containerId)}, ${literal(src)}, { title: ${literal(target.title)} });`;
  return `<div${attributes({ id: containerId })}></div>\n<script>${parent}</script>`;
}
