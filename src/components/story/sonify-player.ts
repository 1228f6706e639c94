/**
 * The sound of a chart: hands a schedule of notes (src/charts/sonify.ts, computed at build time)
 * to the Web Audio API, one sine oscillator per note with a short fade in and out (no clicks),
 * and tells the caller which marks sound when. Loaded with `import()` only when a reader presses
 * "Play as sound", so no page pays for it until then.
 */
import { parseNotes, scheduleLength } from '../../charts/sonify.ts';

/** Seconds of fade at each end of a note, and the volume it fades to (quiet: several notes may overlap a little). */
const fade = 0.02;
const volume = 0.2;

/** The constructor of the page's AudioContext, or undefined where the Web Audio API is missing. */
function audioContextClass(): typeof AudioContext | undefined {
  return window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
}

/**
 * Plays the notes in `json` (the button's `data-notes`) from now. `onNote` gets each note's marks as
 * it starts (and an empty list when it ends); `onEnd` runs after the last note. Returns `stop`,
 * which silences everything at once and calls neither.
 */
export function playNotes(
  json: string | undefined,
  handlers: { onNote: (marks: readonly string[]) => void; onEnd: () => void },
): () => void {
  const Context = audioContextClass();
  const notes = parseNotes(json);
  const timers: ReturnType<typeof setTimeout>[] = [];
  if (!Context || notes.length === 0) {
    timers.push(setTimeout(handlers.onEnd, 0));
    return () => timers.forEach(clearTimeout);
  }
  const context = new Context();
  // A context made after a click may still start suspended (autoplay rules): ask it to run.
  void context.resume?.();
  const begin = context.currentTime + 0.05;
  for (const note of notes) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const start = begin + note.start;
    const end = start + note.duration;
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(note.frequency, start);
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(volume, start + fade);
    gain.gain.setValueAtTime(volume, end - fade);
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(end);
    timers.push(
      setTimeout(() => handlers.onNote(note.marks), (start - context.currentTime) * 1000),
      setTimeout(() => handlers.onNote([]), (end - context.currentTime) * 1000),
    );
  }
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    timers.forEach(clearTimeout);
    void context.close();
  };
  timers.push(
    setTimeout(
      () => {
        finish();
        handlers.onEnd();
      },
      (begin + scheduleLength(notes) - context.currentTime) * 1000,
    ),
  );
  return finish;
}
