/**
 * The embed page's only script, served as /embed/child.js and loaded in the page head.
 *
 * - Applies `?theme=light|dark|auto` as `data-theme` on <html> (anything else is ignored).
 * - Posts the document's height (rounded up, so a fractional height never leaves an inner
 *   scrollbar) to the parent window as a Pym.js string (when `childId` is in the query), an AMP
 *   `embed-size` object, a Datawrapper height object and, when WordPress gave the frame a
 *   `#?secret=`, WordPress's `height` message. It measures <html>, not <body>, so the frame also
 *   shrinks (Pym.js issue #165).
 * - Posts at DOMContentLoaded and load, and whenever a ResizeObserver sees the height change.
 *   The first two matter: WordPress keeps an oEmbed frame clipped to 1×1 px until the frame's
 *   first message, and Chromium runs no ResizeObserver callback in a frame it cannot see.
 * - Answers a Pym parent's `width` message, the host loader's request and WordPress's `ready`
 *   with the current height. Messages count only from the parent window, and WordPress's only
 *   with this frame's secret.
 * - Hands followed links (the page's <base> sends them to the whole window) to the parent: as
 *   Pym `navigateTo` under Pym, as WordPress `link` under WordPress (whose sandbox lets the frame
 *   neither navigate the page nor download), http(s) URLs only.
 *
 * Budget: at most 2 KB gzip (checked by src/embed/bundle.test.ts).
 */
import {
  ampEmbedSize,
  datawrapperHeight,
  heightRequest,
  isWordpressReady,
  navigableUrl,
  pymChildIdFrom,
  pymMessage,
  pymWidthFrom,
  wordpressHeight,
  wordpressLink,
  wordpressSecretFrom,
} from './messages.ts';
import { themeFromQuery } from './theme.ts';

const root = document.documentElement;
const theme = themeFromQuery(location.search);
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;

const childId = pymChildIdFrom(new URLSearchParams(location.search).get('childId'));
const secret = wordpressSecretFrom(location.hash);
// Set by the embed layout from the route, never from the query.
const chartId = root.dataset.chart;
let lastHeight = 0;

function post(message: unknown) {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

function sendHeight(always: boolean) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight && !always) return;
  lastHeight = height;
  if (childId) post(pymMessage(childId, 'height', String(height)));
  post(ampEmbedSize(height));
  if (chartId) post(datawrapperHeight(chartId, height));
  if (secret) post(wordpressHeight(secret, height));
}

addEventListener('DOMContentLoaded', () => sendHeight(true));
addEventListener('load', () => sendHeight(true));
new ResizeObserver(() => sendHeight(false)).observe(root);

addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data: unknown = event.data;
  if (
    data === heightRequest ||
    (childId && pymWidthFrom(data, childId) !== undefined) ||
    (secret && isWordpressReady(data, secret))
  )
    sendHeight(true);
});

if (childId || secret) {
  addEventListener('click', (event) => {
    // Pym frames may download files themselves; WordPress's sandbox forbids it, so there the host opens them.
    const links = secret ? 'a[href]' : 'a[href]:not([download])';
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(links) : null;
    const href = link?.getAttribute('href') ?? '#';
    const url = !href.startsWith('#') && navigableUrl(href, location.href);
    // Modified clicks (new tab, new window) keep the browser's own behaviour.
    if (
      !url ||
      event.defaultPrevented ||
      event.button ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    if (childId) post(pymMessage(childId, 'navigateTo', url));
    if (secret) post(wordpressLink(secret, url));
  });
}
