/**
 * The largest magnitude a number may have in a goalkit document and on the wire: every value,
 * start, target, bound and weight lies in [−1e15, 1e15]. That is far beyond any count, amount or
 * percentage a goal measures, keeps every integer in it exact, and leaves the engine's arithmetic
 * (differences, sums of weights, forecasts over a cycle) far from overflowing to `Infinity`, which
 * JSON cannot carry.
 */
export const MAX_MAGNITUDE = 1e15;

/** The message for a number outside ±{@link MAX_MAGNITUDE}. */
export const MAGNITUDE_MESSAGE = 'must be between -1e15 and 1e15 (goalkit numbers stay within ±10^15)';
