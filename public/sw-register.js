// Registers the offline service worker (/sw.js, written by the build), which precaches the
// educators' pages and the chapters. Only the educators' pages load this file.
if ('serviceWorker' in navigator && window.location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Offline support is an extra: the page works the same without it.
    });
  });
}
