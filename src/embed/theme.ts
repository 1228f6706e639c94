/**
 * The embed's colour theme, chosen by the host page with `?theme=`. Only the three known values
 * are accepted; anything else is ignored, so nothing a host writes in the query reaches the page.
 */

/** Themes a host may ask for: "auto" follows the reader's system setting. */
export const embedThemes = ['light', 'dark', 'auto'] as const;

/** One of {@link embedThemes}. */
export type EmbedTheme = (typeof embedThemes)[number];

/**
 * The theme asked for in a query string (`location.search`, with or without "?"), or undefined
 * when there is none or it is not exactly one of light, dark or auto.
 */
export function themeFromQuery(search: string): EmbedTheme | undefined {
  const value = new URLSearchParams(search).get('theme');
  return embedThemes.find((theme) => theme === value);
}
