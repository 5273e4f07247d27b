import { dayNumber } from '../scoring/dayNumber.js';

// The counted check-ins of the forecast being computed, for its second pass: this runs for every
// increase and decrease key result of a document, so they are kept in buffers that are reused
// rather than in arrays made per key result (forecasts are synchronous, one at a time).
let days = new Float64Array(16);
let values = new Float64Array(16);

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
  let sumX = 0;
  let sumY = 0;
  if (checkIns.length > days.length) {
    days = new Float64Array(checkIns.length);
    values = new Float64Array(checkIns.length);
  }
  for (const checkIn of checkIns) {
    if (typeof checkIn.value !== 'number') continue;
    const day = dayNumber(checkIn.at);
    if (!(day <= asOf)) continue;
    days[count] = day;
    values[count] = checkIn.value;
    sumX += day - (days[0] as number);
    sumY += checkIn.value;
    count++;
  }
  if (count < 2) return undefined;
  const origin = days[0] as number;
  const meanX = sumX / count;
  const meanY = sumY / count;
  let sxx = 0;
  let sxy = 0;
  for (let index = 0; index < count; index++) {
    const dx = (days[index] as number) - origin - meanX;
    sxx += dx * dx;
    sxy += dx * ((values[index] as number) - meanY);
  }
  if (sxx === 0) return undefined;
  return meanY + (sxy / sxx) * (endDay - origin - meanX);
}
