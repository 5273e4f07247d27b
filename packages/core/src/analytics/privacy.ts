/** What an aggregate over too few people shows instead of its numbers. */
export interface Hidden {
  /** Always `true`: the numbers are withheld. */
  hidden: true;
  /** Why, in a sentence such as "counts 4 people; figures are shown for groups of 5 or more". */
  reason: string;
  /** How many people the aggregate counts. */
  groupSize: number;
  /** The smallest group shown. */
  k: number;
}

/** An aggregate over people: its figures (marked `hidden: false`), or {@link Hidden} when its group is too small. */
export type Guarded<TAggregate> = (TAggregate & { hidden: false }) | Hidden;

/** The smallest group whose aggregates are shown unless a caller sets another `k`. */
export const DEFAULT_K = 5;

/**
 * k-anonymity for one aggregate: the aggregate (with `hidden: false`) when it counts `groupSize` ≥ `k`
 * people (or none at all: then its figures are about nobody), else `{ hidden: true, reason, groupSize, k }`
 * and none of its figures.
 * @param k the smallest group shown, a whole number of at least 1.
 * @default k 5
 * @throws {RangeError} when `k` is not a whole number of at least 1.
 */
export function kAnonymous<TAggregate extends object>(
  aggregate: TAggregate,
  groupSize: number,
  k: number = DEFAULT_K,
): Guarded<TAggregate> {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a whole number of at least 1 (got ${k})`);
  // An empty group is shown: its figures are zeros and nulls, about nobody.
  if (groupSize >= k || groupSize === 0) return { ...aggregate, hidden: false };
  return {
    hidden: true,
    reason: `counts ${groupSize} ${groupSize === 1 ? 'person' : 'people'}; figures are shown for groups of ${k} or more`,
    groupSize,
    k,
  };
}
