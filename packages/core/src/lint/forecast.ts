import { dayNumber } from '../scoring/dayNumber.js';

/**
 * The least-squares line through the numeric check-ins dated at or before `asOf`, evaluated at
 * `endDay`: the same projection the scoring engine's forecast makes, computed on a draft key
 * result (the engine's `Scorer` needs a strict document). `undefined` with fewer than two
 * check-ins or when they all fall on one day.
 */
export function forecastValue(
  checkIns: readonly { at: string; value?: number | boolean | undefined }[],
  asOf: number,
  endDay: number,
): number | undefined {
  let count = 0;
  let origin = 0;
  let sumX = 0;
  let sumY = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const checkIn of checkIns) {
    if (typeof checkIn.value !== 'number') continue;
    const day = dayNumber(checkIn.at);
    if (!(day <= asOf)) continue;
    if (count === 0) origin = day;
    xs.push(day - origin);
    ys.push(checkIn.value);
    sumX += day - origin;
    sumY += checkIn.value;
    count++;
  }
  if (count < 2) return undefined;
  const meanX = sumX / count;
  const meanY = sumY / count;
  let sxx = 0;
  let sxy = 0;
  for (let index = 0; index < count; index++) {
    const dx = (xs[index] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * ((ys[index] as number) - meanY);
  }
  if (sxx === 0) return undefined;
  return meanY + (sxy / sxx) * (endDay - origin - meanX);
}
