/**
 * Corrections shown inside an embed, so a fix reaches every page that embedded the chart. The
 * entries come from the `corrections` content collection (owned by the story branch); they are
 * read defensively here, since this code may build before that collection exists or settles.
 */
import { z } from 'zod';

/** The fields of a correction an embed needs; other fields are ignored. */
export const embedCorrectionSchema = z.object({
  /** When the correction was made. */
  date: z.coerce.date(),
  /** Ids of the charts it touches. */
  charts: z.array(z.string()).default([]),
  /** What was wrong and what changed, in one or two sentences (falls back to the entry body). */
  text: z.string().optional(),
});

/** A correction as an embed shows it. */
export interface EmbedCorrection {
  /** Day of the correction, YYYY-MM-DD. */
  date: string;
  text: string;
}

/** A collection entry as loaded, before validation. */
export interface CorrectionEntry {
  id: string;
  data: unknown;
  body?: string | undefined;
}

/**
 * The corrections touching `chartId`, newest first. Entries that do not validate, or have no
 * text, are skipped rather than failing the embed (the corrections page reports them).
 */
export function correctionsForChart(entries: readonly CorrectionEntry[], chartId: string): EmbedCorrection[] {
  return entries
    .flatMap((entry) => {
      const parsed = embedCorrectionSchema.safeParse(entry.data);
      if (!parsed.success || !parsed.data.charts.includes(chartId) || Number.isNaN(parsed.data.date.getTime()))
        return [];
      const text = (parsed.data.text ?? entry.body ?? '').trim();
      return text ? [{ date: parsed.data.date.toISOString().slice(0, 10), text }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}
