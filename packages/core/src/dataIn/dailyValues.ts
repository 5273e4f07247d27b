import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';
import { ConnectorDataError, type ConnectorPoint, type SourceTransform } from './connector.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The UTC day of a point's `at` (`YYYY-MM-DD`, or an ISO instant with its offset), or `NaN`. */
export function dayOfPoint(at: string): number {
  if (at.length === 10) return dayNumber(at);
  if (!INSTANT.test(at)) return Number.NaN;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? Number.NaN : Math.floor(ms / 86_400_000);
}

/** One day's value, as a key result records it. */
export interface DailyValue {
  day: string;
  value: number;
}

/**
 * The value of each day from a connector's points: the points of a UTC day combined by `aggregate`
 * (`latest`, the default, is the last point of the day in the order sent), then `value × scale + offset`.
 * `running-sum` adds each day's sum to the days before it (a total so far, from event-level data).
 * Days come out in order; only days within `from`..`to` (inclusive, `YYYY-MM-DD`) when given, though a
 * running sum counts every point from `from` on.
 *
 * @throws {ConnectorDataError} naming the first point whose `at` is not a day or instant, or whose
 *   value is not a finite number: a sync with such data records nothing.
 */
export function dailyValues(
  points: readonly ConnectorPoint[],
  transform: SourceTransform = {},
  window: { from?: string; to?: string } = {},
): DailyValue[] {
  const byDay = new Map<number, number[]>();
  points.forEach((point, index) => {
    if (typeof point?.at !== 'string') throw new ConnectorDataError(index, `point ${index + 1} has no date`);
    const day = dayOfPoint(point.at);
    if (Number.isNaN(day))
      throw new ConnectorDataError(index, `point ${index + 1}: ${JSON.stringify(point.at).slice(0, 60)} is not a date`);
    const value = point.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new ConnectorDataError(
        index,
        `point ${index + 1} (${point.at}): ${JSON.stringify(value ?? null).slice(0, 60)} is not a number`,
      );
    const list = byDay.get(day);
    if (list) list.push(value);
    else byDay.set(day, [value]);
  });
  const from = window.from === undefined ? Number.NEGATIVE_INFINITY : dayNumber(window.from);
  const to = window.to === undefined ? Number.POSITIVE_INFINITY : dayNumber(window.to);
  const aggregate = transform.aggregate ?? 'latest';
  const scale = transform.scale ?? 1;
  const offset = transform.offset ?? 0;
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const out: DailyValue[] = [];
  let running = 0;
  for (const day of days) {
    const values = byDay.get(day) as number[];
    if (day < from) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    running += sum;
    if (day > to) continue;
    let value: number;
    switch (aggregate) {
      case 'sum':
        value = sum;
        break;
      case 'mean':
        value = sum / values.length;
        break;
      case 'min':
        value = Math.min(...values);
        break;
      case 'max':
        value = Math.max(...values);
        break;
      case 'count':
        value = values.length;
        break;
      case 'running-sum':
        value = running;
        break;
      default:
        value = values[values.length - 1] as number;
    }
    out.push({ day: isoDateOfDay(day), value: value * scale + offset });
  }
  return out;
}
