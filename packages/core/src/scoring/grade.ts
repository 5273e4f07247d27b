import type { ConfidenceBand, Grade } from './types.js';

/**
 * The Google-style grade of a closed cycle: progress rounded to the nearest 0.1, then
 * `green` from 0.7, `yellow` from 0.4, `red` below (bands read from the rounded score).
 */
export function grade(progress: number): Grade {
  const score = Math.round(progress * 10) / 10;
  return { score, band: score >= 0.7 ? 'green' : score >= 0.4 ? 'yellow' : 'red' };
}

/** The band of a confidence in [0, 1]: low below 0.4, medium below 0.7, high from 0.7. */
export function confidenceBand(confidence: number): ConfidenceBand {
  return confidence < 0.4 ? 'low' : confidence < 0.7 ? 'medium' : 'high';
}
