/**
 * Sonification without the sound: which values a chart plays, how a value becomes a pitch, and
 * when each note starts and stops. A chart module declares its series (`sonify` in `defineChart`),
 * the figure model turns it into a schedule of notes at build time, and the page carries that
 * schedule; the browser's player (src/components/story/sonify-player.ts) only hands the notes to
 * the Web Audio API. Like Highcharts' sonification, a higher value is a higher pitch, with
 * frequencies spaced evenly in pitch (each step of the scale the same musical interval), so equal
 * differences in value sound equal.
 */

/** How values are spread over the pitch range: `linear` for counts and dates, `log` for figures spanning powers of ten. */
export type PitchScale = 'linear' | 'log';

/** One slot of a sonified series: a value (null for a gap, played as silence) and the marks that draw it. */
export interface SonifiedPoint {
  value: number | null;
  /** The `data-mark` keys of the marks to highlight while the note sounds. */
  marks: readonly string[];
}

/** What a chart plays: its points in playing order, the scale, and what the notes mean, in words. */
export interface SonifiedSeries {
  scale: PitchScale;
  points: readonly SonifiedPoint[];
  /** "One note per event, earliest first: the later the date, the higher the note." */
  description: string;
}

/** A note: start and length in seconds from the moment playing begins, its frequency in Hz, and the marks it highlights. */
export interface Note {
  start: number;
  duration: number;
  frequency: number;
  marks: readonly string[];
}

/** The lowest and highest frequency played: A3 to A5, two octaves that laptop and phone speakers reproduce. */
export const pitchRange = { low: 220, high: 880 } as const;

/** How long each slot lasts, and how much of it the note sounds (the rest is a gap, so repeated pitches stay distinct). */
export const noteTiming = { slot: 0.3, duration: 0.22 } as const;

/**
 * Where a value sits between the smallest and largest of `values`, from 0 to 1, on the scale. All
 * values equal sit in the middle. A log scale needs values above zero; anything else throws,
 * since the chart that asked for it would otherwise play a wrong shape.
 */
export function pitchPosition(values: readonly number[], scale: PitchScale): (value: number) => number {
  if (values.length === 0) throw new Error('A sonified series needs at least one value.');
  const bad = values.find((value) => !Number.isFinite(value) || (scale === 'log' && value <= 0));
  if (bad !== undefined)
    throw new Error(
      `A sonified series on a ${scale} scale got ${bad}: values must be finite${scale === 'log' ? ' and above zero' : ''}.`,
    );
  const place = scale === 'log' ? Math.log10 : (value: number) => value;
  const min = Math.min(...values.map(place));
  const max = Math.max(...values.map(place));
  return (value) => (max === min ? 0.5 : (place(value) - min) / (max - min));
}

/** The frequency at a position from 0 to 1: exponential in Hz, so even in pitch. */
export function frequencyAt(position: number, range: { low: number; high: number } = pitchRange): number {
  return range.low * (range.high / range.low) ** position;
}

/** Rounded for the page: 0.01 Hz and 1 ms are below what anyone hears, and keep the markup short. */
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The notes of a series: one slot per point, in order, each note starting at its slot; a gap
 * (null) keeps its slot silent, so a missing year is heard as a missing beat.
 */
export function noteSchedule(series: Pick<SonifiedSeries, 'scale' | 'points'>, timing = noteTiming): Note[] {
  const values = series.points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const position = pitchPosition(values, series.scale);
  return series.points.flatMap((point, index) =>
    point.value === null
      ? []
      : [
          {
            start: round(index * timing.slot, 3),
            duration: timing.duration,
            frequency: round(frequencyAt(position(point.value)), 2),
            marks: point.marks,
          },
        ],
  );
}

/** How long a schedule plays, in seconds: to the end of its last note. */
export function scheduleLength(notes: readonly Note[]): number {
  return notes.reduce((end, note) => Math.max(end, note.start + note.duration), 0);
}

/**
 * Notes read back from the page (the button's `data-notes`), checked: anything that is not a list
 * of notes with finite, non-negative times and a positive frequency gives an empty list, which
 * plays nothing, rather than a sound nobody asked for.
 */
export function parseNotes(json: string | undefined): Note[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const isNote = (item: unknown): item is Note => {
    if (typeof item !== 'object' || item === null) return false;
    const { start, duration, frequency, marks } = item as Record<string, unknown>;
    const time = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
    return (
      time(start) &&
      time(duration) &&
      typeof frequency === 'number' &&
      Number.isFinite(frequency) &&
      frequency > 0 &&
      Array.isArray(marks) &&
      marks.every((mark) => typeof mark === 'string')
    );
  };
  return parsed.every(isNote) ? parsed : [];
}
