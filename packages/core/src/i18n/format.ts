/** How a measured value is written: a plain unit after the number, or an ISO 4217 currency. */
export interface MeasureUnit {
  /** A unit such as `%`, `ms` or `customers`, or a currency code with `unitKind: 'currency'`. */
  readonly unit?: string | null | undefined;
  readonly unitKind?: 'currency' | null | undefined;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

/** The formatter under `key`, made once per key: building `Intl` formatters is slow. */
export function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** Format a number in the locale's style with at most two fraction digits ("27.5", "27,5"). */
export function formatNumber(value: number, locale = 'en'): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/**
 * A number as a person edits it in a text field: every digit it has (no rounding, no grouping, no
 * exponent), with the locale's decimal sign, so that {@link parseNumber} reads back the same number
 * ("27,5" and "1234" in German, never "1.234", which German reads as 1234).
 */
export function editableNumber(value: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return '';
  let text = String(value);
  if (/e/i.test(text)) {
    text = Math.abs(value) >= 1 ? BigInt(value).toString() : value.toFixed(100).replace(/\.?0+$/, '');
  }
  const decimal =
    cached(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }))
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  return decimal === '.' ? text : text.replace('.', decimal);
}

/**
 * Format a value with its unit: currencies through `Intl` ("€27,000", "€27,500.50"),
 * other units after the number ("1.8 %", "120 ms").
 */
export function formatMeasure(value: number, unit: MeasureUnit = {}, locale = 'en'): string {
  if (unit.unitKind === 'currency' && unit.unit) {
    const code = unit.unit.toUpperCase();
    try {
      return cached(
        `c|${locale}|${code}`,
        () =>
          new Intl.NumberFormat(locale, { style: 'currency', currency: code, trailingZeroDisplay: 'stripIfInteger' }),
      ).format(value);
    } catch {
      // Not an ISO 4217 code: write it like any other unit.
    }
  }
  const number = formatNumber(value, locale);
  return unit.unit ? `${number}\u00a0${unit.unit}` : number;
}

/** Format a calendar day or timestamp as a short date in the locale ("10 Feb 2026", "10.02.2026"). */
export function formatDate(value: string | Date, locale = 'en'): string {
  const date = typeof value === 'string' ? parseDay(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return cached(
    `d|${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** `YYYY-MM-DD` as UTC midnight; full timestamps as they are. */
export function parseDay(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago (or until) `value` is from `now`, in the locale's words ("5 days ago", "vor 5 Tagen"). */
export function formatRelativeTime(value: string | Date, now: string | Date = new Date(), locale = 'en'): string {
  const then = typeof value === 'string' ? parseDay(value) : value;
  const reference = typeof now === 'string' ? parseDay(now) : now;
  const diff = then.getTime() - reference.getTime();
  const format = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** Whole days from `value` to `now` (negative when `value` is in the future). */
export function daysBetween(value: string | Date, now: string | Date = new Date()): number {
  const then = typeof value === 'string' ? parseDay(value) : value;
  const reference = typeof now === 'string' ? parseDay(now) : now;
  return Math.floor((reference.getTime() - then.getTime()) / 86_400_000);
}

/** The CLDR plural category of `count` in the locale (`one`, `other`, …). */
export function pluralOf(count: number, locale = 'en'): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/**
 * Read a number a person typed, in their locale's style: "27,5" in German, "1,250.5" in English.
 * Returns `undefined` for anything that is not a complete finite number.
 */
export function parseNumber(text: string, locale = 'en'): number | undefined {
  const parts = cached(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).formatToParts(
    12345.6,
  );
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let normalized = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-');
  if (normalized === '') return undefined;
  const [whole = '', fraction, extra] = normalized.split(decimal);
  if (extra !== undefined) return undefined;
  // Group separators only count where they group thousands, so "27,5" in English is not 275.
  const groupSeparator = group.trim() === '' ? '' : group;
  if (groupSeparator && whole.includes(groupSeparator)) {
    const groups = whole.replace(/^[-+]/, '').split(groupSeparator);
    if (groups.some((g, i) => (i === 0 ? !/^\d{1,3}$/.test(g) : !/^\d{3}$/.test(g)))) return undefined;
  }
  normalized = `${groupSeparator ? whole.split(groupSeparator).join('') : whole}${fraction === undefined ? '' : `.${fraction}`}`;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}
