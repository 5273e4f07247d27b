/**
 * The non-decreasing sequence closest to `values` in weighted least squares (pool adjacent violators): it
 * walks left to right and, whenever a block's mean is above the next one's, merges the two into one block
 * at their weighted mean, as often as needed. Every output is a weighted mean of inputs, so outputs stay
 * within the inputs' range.
 * @param weights one positive weight per value; all 1 when left out.
 * @throws {RangeError} when the lengths differ or a weight is not positive.
 */
export function isotonicRegression(values: readonly number[], weights?: readonly number[]): number[] {
  const n = values.length;
  if (weights !== undefined && weights.length !== n)
    throw new RangeError(`weights must have one entry per value (got ${weights.length} for ${n} values)`);
  const mean = new Float64Array(n);
  const weight = new Float64Array(n);
  const size = new Int32Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : (weights[i] as number);
    if (!(w > 0)) throw new RangeError(`weights[${i}] must be positive (got ${w})`);
    top++;
    mean[top] = values[i] as number;
    weight[top] = w;
    size[top] = 1;
    while (top > 0 && (mean[top - 1] as number) > (mean[top] as number)) {
      const merged = (weight[top - 1] as number) + (weight[top] as number);
      mean[top - 1] =
        ((mean[top - 1] as number) * (weight[top - 1] as number) + (mean[top] as number) * (weight[top] as number)) /
        merged;
      weight[top - 1] = merged;
      size[top - 1] = (size[top - 1] as number) + (size[top] as number);
      top--;
    }
  }
  const out: number[] = [];
  for (let b = 0; b <= top; b++) for (let j = 0; j < (size[b] as number); j++) out.push(mean[b] as number);
  return out;
}

/** A monotone map from stated confidence to the rate at which such confidence came true. */
export interface IsotonicFit {
  /** The distinct stated confidences seen, ascending, and the fitted rate at each (non-decreasing). */
  points: { x: number; y: number }[];
  /**
   * The fitted rate at `x`: linear between the two nearest points, the end point's value beyond either end.
   */
  predict(x: number): number;
}

/**
 * Isotonic regression of outcomes `y` on forecasts `x`: pairs sorted by x, equal x pooled into one point
 * (weight: how many), then {@link isotonicRegression}. The fit predicts by linear interpolation between its
 * points.
 * @throws {RangeError} when the lists differ in length or are empty.
 */
export function fitIsotonic(x: readonly number[], y: readonly number[]): IsotonicFit {
  if (x.length !== y.length) throw new RangeError(`x and y must pair up (got ${x.length} and ${y.length})`);
  if (x.length === 0) throw new RangeError('needs at least one pair to fit');
  // Pool equal x first (stated confidences take few distinct values), then sort only the distinct ones.
  const pooled = new Map<number, { sum: number; count: number }>();
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const entry = pooled.get(xi);
    if (entry === undefined) pooled.set(xi, { sum: y[i] as number, count: 1 });
    else {
      entry.sum += y[i] as number;
      entry.count++;
    }
  }
  const xs = [...pooled.keys()].sort((a, b) => a - b);
  const sums = xs.map((xj) => (pooled.get(xj) as { sum: number }).sum);
  const counts = xs.map((xj) => (pooled.get(xj) as { count: number }).count);
  const fitted = isotonicRegression(
    sums.map((s, j) => s / (counts[j] as number)),
    counts,
  );
  const points = xs.map((xj, j) => ({ x: xj, y: fitted[j] as number }));
  return {
    points,
    predict(at: number): number {
      const first = points[0] as { x: number; y: number };
      const last = points[points.length - 1] as { x: number; y: number };
      if (at <= first.x) return first.y;
      if (at >= last.x) return last.y;
      let low = 0;
      let high = points.length - 1;
      while (high - low > 1) {
        const mid = (low + high) >>> 1;
        if ((points[mid] as { x: number }).x <= at) low = mid;
        else high = mid;
      }
      const a = points[low] as { x: number; y: number };
      const b = points[high] as { x: number; y: number };
      return a.y + ((b.y - a.y) * (at - a.x)) / (b.x - a.x);
    },
  };
}
