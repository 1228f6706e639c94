import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { chartModules } from './registry.ts';
import { chartedIncidents } from './record-volume.ts';
import {
  frequencyAt,
  noteSchedule,
  noteTiming,
  parseNotes,
  pitchPosition,
  pitchRange,
  scheduleLength,
  type PitchScale,
} from './sonify.ts';

const scales: PitchScale[] = ['linear', 'log'];
const positive = fc.double({ min: 1e-3, max: 1e12, noNaN: true });
const series = (values: readonly (number | null)[], scale: PitchScale = 'linear') => ({
  scale,
  points: values.map((value, index) => ({ value, marks: [`m${index}`] })),
});

describe('pitchPosition and frequencyAt', () => {
  test.each(scales)(
    'on a %s scale, a larger value is never a lower note, and the range is used end to end',
    (scale) => {
      fc.assert(
        fc.property(fc.array(positive, { minLength: 2, maxLength: 40 }), (values) => {
          const position = pitchPosition(values, scale);
          const frequencies = values.map((value) => frequencyAt(position(value)));
          for (let i = 0; i < values.length; i++)
            for (let j = 0; j < values.length; j++)
              if (values[i]! < values[j]!) expect(frequencies[i]!).toBeLessThanOrEqual(frequencies[j]!);
          const distinct = new Set(values).size > 1;
          expect(Math.min(...frequencies)).toBeCloseTo(distinct ? pitchRange.low : frequencyAt(0.5), 6);
          expect(Math.max(...frequencies)).toBeCloseTo(distinct ? pitchRange.high : frequencyAt(0.5), 6);
        }),
      );
    },
  );

  test('a log scale gives equal ratios equal intervals: 10, 100 and 1,000 are two octaves split in half', () => {
    const position = pitchPosition([10, 100, 1000], 'log');
    expect([10, 100, 1000].map((value) => frequencyAt(position(value)))).toEqual([220, 440, 880]);
  });

  test('a linear scale gives equal differences equal intervals', () => {
    const position = pitchPosition([0, 5, 10], 'linear');
    expect([0, 5, 10].map(position)).toEqual([0, 0.5, 1]);
  });

  test('a log scale refuses zero and negative values, naming the value, and any scale refuses NaN or nothing', () => {
    expect(() => pitchPosition([3, 0], 'log')).toThrow(/log scale got 0: values must be finite and above zero/);
    expect(() => pitchPosition([-2], 'log')).toThrow(/got -2/);
    expect(() => pitchPosition([1, Number.NaN], 'linear')).toThrow(/got NaN/);
    expect(() => pitchPosition([], 'linear')).toThrow(/at least one value/);
  });
});

describe('noteSchedule', () => {
  test('one note per value, in order, one slot apart; a gap is a silent slot', () => {
    const notes = noteSchedule(series([1, null, 3, 2]));
    expect(notes.map((note) => note.start)).toEqual([0, 0.6, 0.9]);
    expect(notes.map((note) => note.marks)).toEqual([['m0'], ['m2'], ['m3']]);
    expect(notes.map((note) => note.frequency)).toEqual([220, 880, 440]);
    expect(scheduleLength(notes)).toBeCloseTo(3 * noteTiming.slot + noteTiming.duration, 9);
  });

  test('notes never overlap, and every note survives the trip through the page (parseNotes)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(positive, { nil: null }), { maxLength: 60 }),
        fc.constantFrom(...scales),
        (values, scale) => {
          fc.pre(values.some((value) => value !== null));
          const notes = noteSchedule(series(values, scale));
          expect(notes).toHaveLength(values.filter((value) => value !== null).length);
          for (let i = 1; i < notes.length; i++)
            expect(notes[i]!.start).toBeGreaterThanOrEqual(notes[i - 1]!.start + notes[i - 1]!.duration);
          expect(parseNotes(JSON.stringify(notes))).toEqual(notes);
        },
      ),
    );
  });
});

test('parseNotes gives nothing to play for anything but a list of well-formed notes', () => {
  const note = { start: 0, duration: 0.2, frequency: 440, marks: ['a'] };
  expect(parseNotes(JSON.stringify([note]))).toEqual([note]);
  for (const bad of [
    undefined,
    '',
    'not json',
    '{}',
    JSON.stringify([{ ...note, frequency: 0 }]),
    JSON.stringify([{ ...note, start: -1 }]),
    JSON.stringify([{ ...note, marks: [1] }]),
    JSON.stringify([note, null]),
  ])
    expect(parseNotes(bad), String(bad)).toEqual([]);
});

describe("the charts' series (fixture data)", () => {
  const derived = fixture();
  const built = new Map(chartModules.map((module) => [module.id, module.build(derived, strings)]));

  test('charts without a numeric series (cards, categories, steps) play nothing', () => {
    const playing = [...built.values()].filter((chart) => chart.sonification).map((chart) => chart.id);
    expect(playing.sort()).toEqual(['record-volume', 'records-by-year-cause', 'timeline']);
  });

  test('the timeline plays every event in date order, a later date never lower', () => {
    const points = built.get('timeline')!.sonification!.points;
    expect(points.map((point) => point.marks)).toEqual(derived.timeline.events.map((event) => [event.id]));
    const days = derived.timeline.events.map((event) => Date.parse(event.date) / 86_400_000);
    expect(points.map((point) => point.value)).toEqual(days);
  });

  test('record-volume plays the bars it draws, largest first, on a log scale', () => {
    const sound = built.get('record-volume')!.sonification!;
    const charted = chartedIncidents(derived.incidents);
    expect(sound.scale).toBe('log');
    expect(sound.points).toEqual(charted.map((incident) => ({ value: incident.records, marks: [incident.id] })));
  });

  test('records-by-year-cause plays each year from first to last, all causes together, silent where there are none', () => {
    const points = built.get('records-by-year-cause')!.sonification!.points;
    const years = derived.incidentsByYearCause.map((row) => row.year);
    const first = Math.min(...years);
    expect(points).toHaveLength(Math.max(...years) - first + 1);
    points.forEach((point, index) => {
      const rows = derived.incidentsByYearCause.filter((row) => row.year === first + index);
      const total = rows.reduce((sum, row) => sum + row.incidents, 0);
      expect(point.value).toBe(total === 0 ? null : total);
      expect(point.marks).toEqual(rows.map((row) => `${row.year}-${row.cause}`));
    });
  });
});
