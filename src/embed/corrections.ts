/**
 * Corrections shown inside an embed, so a fix reaches every page that embedded the chart. The
 * entries are the `corrections` content collection, already checked against its schema
 * (src/schemas/content.ts).
 */
import { defaultLocale, type Locale } from '../lib/locales.ts';
import type { CorrectionData } from '../schemas/content.ts';

/** A correction's text in an edition: the English `text`, or its translation. */
export function correctionText(data: Pick<CorrectionData, 'text' | 'translations'>, locale: Locale): string {
  if (locale === defaultLocale) return data.text;
  const text = (data.translations as Partial<Record<Locale, string>>)[locale];
  if (!text)
    throw new Error(
      `A correction of ${data.text.slice(0, 40)}… has no "${locale}" text. Fix: add translations.${locale}.`,
    );
  return text;
}

/** A correction as an embed shows it. */
export interface EmbedCorrection {
  /** Day of the correction, YYYY-MM-DD. */
  date: string;
  text: string;
}

/** The corrections touching `chartId`, newest first. */
export function correctionsForChart(
  entries: readonly { data: Pick<CorrectionData, 'date' | 'charts' | 'text' | 'translations'> }[],
  chartId: string,
  locale: Locale = defaultLocale,
): EmbedCorrection[] {
  return entries
    .filter((entry) => entry.data.charts.some((id) => id === chartId))
    .map((entry) => ({ date: entry.data.date, text: correctionText(entry.data, locale) }))
    .sort((a, b) => b.date.localeCompare(a.date));
}
