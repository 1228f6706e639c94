/**
 * The host loader, served as /embed/loader.js: the script half of the default embed code, for
 * pages without Pym.js. It sizes every iframe showing one of this site's embeds from the AMP
 * `embed-size` messages the embed posts, accepting them only from this site's origin and only for
 * the frame that sent them. Without it (a CMS that strips scripts) the iframe keeps the fixed
 * height written in the embed code and scrolls. In the oEmbed code a blockquote linking to the
 * chart comes first (WordPress needs it); once the frame has reported, the loader hides it, as
 * WordPress does.
 *
 * Safe to include once per chart: a second copy on the same page does nothing.
 */
import { heightFromEmbedSize, heightRequest } from './messages.ts';

const flag = 'leftOpenEmbedLoader';
const script = document.currentScript;
const host = window as unknown as Record<string, unknown>;

if (script instanceof HTMLScriptElement && !host[flag]) {
  host[flag] = true;
  const siteOrigin = new URL(script.src).origin;
  addEventListener('message', (event) => {
    if (event.origin !== siteOrigin) return;
    const height = heightFromEmbedSize(event.data);
    if (height === undefined) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      frame.height = String(height);
      // Sized to its content, the frame needs no scrollbar of its own (an obsolete attribute that
      // browsers still honour; the fallback without the loader keeps its scrollbar).
      frame.setAttribute('scrolling', 'no');
      const quote = frame.previousElementSibling;
      if (quote instanceof HTMLQuoteElement && quote.matches('blockquote.wp-embedded-content')) quote.hidden = true;
    }
  });
  // Frames that loaded before this script (it loads async) have already sent their height: ask
  // again. The request holds nothing secret, and '*' avoids console noise from unloaded frames.
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.src.startsWith(`${siteOrigin}/`)) frame.contentWindow?.postMessage(heightRequest, '*');
  }
}
