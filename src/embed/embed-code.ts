/**
 * The code a newsroom pastes to embed a chart, as pure functions of the site's address and the
 * chart. The default is an iframe plus our loader (/embed/loader.js); a second variant drives the
 * same page from a Pym.js parent the host already loads.
 */

/** What the embed code of one chart needs. */
export interface EmbedTarget {
  /** Public address of the site, e.g. "https://left-open.example.org" (a trailing path is ignored). */
  site: string | URL;
  /** Chart id, as in /embed/<id>/. */
  chartId: string;
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

/** Absolute URL of a chart's embed page. */
export function embedPageUrl(site: string | URL, chartId: string): string {
  return new URL(`/embed/${encodeURIComponent(chartId)}/`, site).href;
}

/** Absolute URL of the host loader script. */
export function loaderUrl(site: string | URL): string {
  return new URL('/embed/loader.js', site).href;
}

/**
 * The default embed code: a full-width iframe at a fixed fallback height, then the async loader,
 * which resizes it to the chart's height. Borderless by attribute as well as style, so it still
 * looks right when a CMS strips `style`.
 */
export function embedCode(target: EmbedTarget): string {
  const src = escapeAttribute(embedPageUrl(target.site, target.chartId));
  const iframe =
    `<iframe src="${src}" title="${escapeAttribute(target.title)}" width="100%" ` +
    `height="${Math.round(target.fallbackHeight)}" frameborder="0" style="border:0;width:100%" loading="lazy"></iframe>`;
  return `${iframe}\n<script async src="${escapeAttribute(loaderUrl(target.site))}"></script>`;
}

/** Embed code for pages that already load Pym.js (`pym.v1.min.js`): a container and a `pym.Parent`. */
export function pymEmbedCode(target: Omit<EmbedTarget, 'fallbackHeight'>): string {
  const containerId = `left-open-${target.chartId}`;
  // JSON string literals, with "<" escaped so a title can never close the script element.
  const literal = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c');
  return (
    `<div id="${escapeAttribute(containerId)}"></div>\n` +
    `<script>new pym.Parent(${literal(containerId)}, ${literal(embedPageUrl(target.site, target.chartId))}, ` +
    `{ title: ${literal(target.title)} });</script>`
  );
}
