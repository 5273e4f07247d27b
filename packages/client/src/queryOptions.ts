import type { QueryKey, QueryOptions } from '@tanstack/query-core';

/** Retries live here for queries (the client's own retries are off underneath, so never 3 × 3 requests). */
const retry = (failureCount: number, error: unknown) =>
  failureCount < 2 && (error as { retryable?: unknown } | null)?.retryable === true;
/** The server's `Retry-After` when it gives one (up to a minute), else full-jitter backoff. */
const retryDelay = (attempt: number, error: unknown) => {
  const after = (error as { retryAfterMs?: number }).retryAfterMs;
  return after !== undefined && after <= 60_000 ? after : Math.random() * Math.min(10_000, 300 * 2 ** attempt);
};

/** @internal A query's options: its key, a fetcher given the query's signal, and goalkit's retry policy. */
export function query<TData, TKey extends QueryKey>(queryKey: TKey, fetcher: (signal: AbortSignal) => Promise<TData>) {
  return {
    queryKey,
    queryFn: ({ signal }: { signal: AbortSignal }) => fetcher(signal),
    retry,
    retryDelay,
  } satisfies QueryOptions<TData, Error, TData, TKey>;
}
