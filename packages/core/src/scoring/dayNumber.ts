const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * The UTC calendar day of an ISO date `YYYY-MM-DD`, as whole days since 1970-01-01,
 * or `NaN` when the text is not a real calendar date (`2026-02-30`, `2026-1-5`, `26-01-01`).
 * Parsing is by character codes, so a date costs no allocation.
 */
export function dayNumber(isoDate: string): number {
  if (isoDate.length !== 10 || isoDate.charCodeAt(4) !== 45 || isoDate.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(isoDate, 0) * 1000 + digit(isoDate, 1) * 100 + digit(isoDate, 2) * 10 + digit(isoDate, 3);
  const month = digit(isoDate, 5) * 10 + digit(isoDate, 6);
  const day = digit(isoDate, 8) * 10 + digit(isoDate, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return daysFromCivil(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The ISO weekday of a day number from {@link dayNumber}, Monday 0 to Sunday 6 (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day % 7) + 7 + 3) % 7) as number;
}

/** The ISO date `YYYY-MM-DD` of a day number from {@link dayNumber}. */
export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC calendar day of a `Date` (its time of day is ignored), or `NaN` for an invalid `Date`. */
export function dayNumberOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Today's UTC calendar day, from the given clock. */
export function today(now: Date = new Date()): number {
  return dayNumberOfDate(now);
}
