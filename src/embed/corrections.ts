/**
 * Corrections shown inside an embed, so a fix reaches every page that embedded the chart. The
 * entries are the `corrections` content collection, already checked against its schema
 * (src/schemas/content.ts).
 */
import type { CorrectionData } from '../schemas/content.ts';

/** A correction as an embed shows it. */
export interface EmbedCorrection {
  /** Day of the correction, YYYY-MM-DD. */
  date: string;
  text: string;
}

/** The corrections touching `chartId`, newest first. */
export function correctionsForChart(
  entries: readonly { data: Pick<CorrectionData, 'date' | 'charts' | 'text'> }[],
  chartId: string,
): EmbedCorrection[] {
  return entries
    .filter((entry) => entry.data.charts.some((id) => id === chartId))
    .map((entry) => ({ date: entry.data.date, text: entry.data.text }))
    .sort((a, b) => b.date.localeCompare(a.date));
}
