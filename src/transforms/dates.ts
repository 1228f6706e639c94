/** Date arithmetic on calendar days written YYYY-MM-DD, in UTC so no time zone shifts a day. */

const dayMs = 86_400_000;

/** Milliseconds since the epoch at UTC midnight of `isoDate`. */
export function utcTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** Whole days from `start` to `end` (negative when `end` is earlier). */
export function daysBetween(start: string, end: string): number {
  return Math.round((utcTime(end) - utcTime(start)) / dayMs);
}
