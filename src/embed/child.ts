/**
 * The embed page's only script, served as /embed/child.js and loaded in the page head.
 *
 * - Applies `?theme=light|dark|auto` as `data-theme` on <html> (anything else is ignored).
 * - Watches the whole document with a ResizeObserver and, whenever its height changes, posts it
 *   (rounded up, so a fractional height never leaves an inner scrollbar) to the parent window as
 *   a Pym.js string (when `childId` is in the query), an AMP `embed-size` object and a Datawrapper
 *   height object. It measures <html>, not <body>, so the frame also shrinks (Pym.js issue #165).
 * - Answers a Pym parent's `width` message, and the host loader's request, with the current height.
 * - Under a Pym parent, hands followed links (the page's <base> sends them to the whole window) to
 *   the parent as `navigateTo`, with http(s) URLs only, so they work even in a sandboxed frame.
 *
 * Budget: at most 2 KB gzip (checked by src/embed/bundle.test.ts).
 */
import {
  ampEmbedSize,
  datawrapperHeight,
  heightRequest,
  navigableUrl,
  pymChildIdFrom,
  pymMessage,
  pymWidthFrom,
} from './messages.ts';
import { themeFromQuery } from './theme.ts';

const root = document.documentElement;
const theme = themeFromQuery(location.search);
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;

const childId = pymChildIdFrom(new URLSearchParams(location.search).get('childId'));
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
}

new ResizeObserver(() => sendHeight(false)).observe(root);

addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  if (event.data === heightRequest || (childId && pymWidthFrom(event.data, childId) !== undefined)) sendHeight(true);
});

if (childId) {
  addEventListener('click', (event) => {
    const link =
      event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]:not([download])') : null;
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
    post(pymMessage(childId, 'navigateTo', url));
  });
}
