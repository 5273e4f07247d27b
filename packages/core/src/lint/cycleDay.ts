import { dayNumber } from '../scoring/dayNumber.js';

// The last two dates asked for and their day numbers: a cycle's start and end.
let firstDate = '';
let firstDay = Number.NaN;
let secondDate = '';
let secondDay = Number.NaN;

/**
 * {@link dayNumber} of a cycle's `start` or `end`. The objectives of a document share a few
 * cycles, and five rules read the dates of each objective's cycle: the last two dates are kept, so
 * a 10,000-objective lint parses them a few times instead of 130,000. Keyed by the text, so an
 * edited cycle is parsed again.
 */
export function cycleDay(date: string): number {
  if (date === firstDate) return firstDay;
  if (date === secondDate) return secondDay;
  secondDate = firstDate;
  secondDay = firstDay;
  firstDate = date;
  firstDay = dayNumber(date);
  return firstDay;
}
