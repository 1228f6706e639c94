// Applies the reader's remembered theme before first paint, so a dark page never flashes light.
// A file rather than an inline script, so the Content Security Policy needs no exception.
try {
  var theme = localStorage.getItem('left-open-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be blocked (private mode, sandboxed frames): the page then follows the system theme.
}
