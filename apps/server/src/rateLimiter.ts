/** A token bucket per key: `limit` requests per `windowMs`, refilled continuously. */
export class RateLimiter {
  #buckets = new Map<string, { tokens: number; at: number }>();
  readonly limit: number;
  readonly windowMs: number;

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Take one token; returns `0` when allowed, else the milliseconds until one is free. */
  take(key: string, now = Date.now()): number {
    const wait = this.peek(key, now);
    if (wait === 0) (this.#buckets.get(key) as { tokens: number }).tokens -= 1;
    return wait;
  }

  /** The milliseconds until a token is free (`0`: one is), without taking it. */
  peek(key: string, now = Date.now()): number {
    const rate = this.limit / this.windowMs;
    const bucket = this.#buckets.get(key) ?? { tokens: this.limit, at: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 10_000) this.#sweep(now);
    return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / rate);
  }

  #sweep(now: number) {
    for (const [key, bucket] of this.#buckets) if (now - bucket.at > this.windowMs) this.#buckets.delete(key);
  }
}
