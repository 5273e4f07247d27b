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
  for (const checkIn of checkIns) {
    if (typeof checkIn.value !== 'number') continue;
    const day = dayNumber(checkIn.at);
    if (!(day <= asOf)) continue;
    if (count === 0) origin = day;
    sumX += day - origin;
    sumY += checkIn.value;
    count++;
  }
  if (count < 2) return undefined;
  const meanX = sumX / count;
  const meanY = sumY / count;
  let sxx = 0;
  let sxy = 0;
  // A second pass over the same check-ins rather than arrays of them: this runs for every
  // increase and decrease key result of a document, and the sums come out in the same order.
  for (const checkIn of checkIns) {
    if (typeof checkIn.value !== 'number') continue;
    const day = dayNumber(checkIn.at);
    if (!(day <= asOf)) continue;
    const dx = day - origin - meanX;
    sxx += dx * dx;
    sxy += dx * (checkIn.value - meanY);
  }
  if (sxx === 0) return undefined;
  return meanY + (sxy / sxx) * (endDay - origin - meanX);
}
