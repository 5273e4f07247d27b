import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** One formatter per time zone: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
  return wall - (ms - (ms % 1000));
}

/**
 * The instant at which `timeZone`'s clocks show `date` (`YYYY-MM-DD`) at `time` (`HH:MM`), in ms since
 * the epoch. As Temporal's `compatible` disambiguation: a time skipped by a DST change (02:30 on the
 * spring-forward night in Europe) is moved forward by the gap (03:30); a time shown twice (the
 * fall-back night) is the earlier of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const day = dayNumber(date);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wall = day * MS_PER_DAY + (hours * 60 + minutes) * MS_PER_MINUTE;
  // The offsets a day either side of the wall time bracket any change that night.
  const before = zoneOffsetMs(wall - MS_PER_DAY, timeZone);
  const after = zoneOffsetMs(wall + MS_PER_DAY, timeZone);
  const withBefore = wall - before;
  const withAfter = wall - after;
  const fitsBefore = zoneOffsetMs(withBefore, timeZone) === before;
  const fitsAfter = zoneOffsetMs(withAfter, timeZone) === after;
  if (fitsBefore && fitsAfter) return Math.min(withBefore, withAfter); // shown twice: the earlier
  if (fitsBefore) return withBefore;
  if (fitsAfter) return withAfter;
  // Skipped (spring forward): the wall time read with the offset before the change lands after it.
  return wall - before;
}

/** The calendar date (`YYYY-MM-DD`) `timeZone`'s clocks show at the instant `ms`. */
export function zonedDate(ms: number, timeZone: string): string {
  return isoDateOfDay(Math.floor((ms + zoneOffsetMs(ms, timeZone)) / MS_PER_DAY));
}
