import type { z } from 'zod/mini';

/** One value a connector found: when it was true (`YYYY-MM-DD` or an ISO instant) and the number. */
export interface ConnectorPoint {
  at: string;
  value: number;
}

/** What a pull is told: the moment it stands for, and a signal that aborts it (a timeout, a shutdown). */
export interface ConnectorContext {
  asOf: Date;
  signal: AbortSignal;
}

/**
 * A source of key-result values the server pulls from (the extension point of issue "data in").
 * `configSchema` checks a key result's `source.config` when it is saved (its errors name
 * `source.config.<field>`); `pull` fetches the points. A pull that throws records a failed sync in
 * words (the error's message) and leaves the key result's value and score as they were.
 *
 * @example
 * ```ts
 * const fixed: Connector<{ value: number }> = {
 *   id: 'fixed',
 *   configSchema: z.object({ value: z.number() }),
 *   pull: async (config, { asOf }) => [{ at: asOf.toISOString(), value: config.value }],
 * };
 * ```
 */
export interface Connector<TConfig = unknown> {
  /** What a key result's `source.connector` names it by: lowercase letters, digits and dashes. */
  id: string;
  configSchema: z.ZodMiniType<TConfig>;
  pull(config: TConfig, context: ConnectorContext): Promise<ConnectorPoint[]>;
}

/** How the points of a day become the key result's value that day (see {@link dailyValues}). */
export interface SourceTransform {
  scale?: number | undefined;
  offset?: number | undefined;
  aggregate?: 'latest' | 'sum' | 'mean' | 'min' | 'max' | 'count' | 'running-sum' | undefined;
}

/** A point a connector sent that cannot be used: which one (0-based), and why. */
export class ConnectorDataError extends Error {
  override name = 'ConnectorDataError';
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}
