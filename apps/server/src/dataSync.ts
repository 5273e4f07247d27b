import type { Person } from '@goalkit/client';
import { ConnectorDataError, dailyValues } from '@goalkit/core';
import type { PullOutcome, SyncResult, SyncTarget } from './store/keyResultSync.js';
import type { GoalStore, StoredEvent } from './store.js';

/** How the server pulls key-result values from connectors; tests run the schedule by hand. */
export interface DataSyncOptions {
  /** How often it looks for scheduled pulls due, in ms; `false`: only when asked ({@link DataSync.run}). @default 60000 */
  intervalMs?: number | false;
  /** A pull that has not finished by then fails, whatever the connector does. @default 30000 */
  pullTimeoutMs?: number;
}

/**
 * Pulls from connectors: "sync now" for a person, and the key results whose `source.schedule` is due,
 * every minute. A pull runs outside any transaction (it waits on the network); what it brought is recorded
 * in one transaction after. A pull that fails, throws or times out is recorded as a failed sync in words,
 * sends `key-result.sync-failed`, and leaves the value and score as they were.
 */
export class DataSync {
  readonly #store: GoalStore;
  readonly #publish: (events: readonly StoredEvent[]) => Promise<void>;
  readonly #log: ((line: string) => void) | undefined;
  readonly #pullTimeoutMs: number;
  readonly #stopping = new AbortController();
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<number> | undefined;

  constructor(
    store: GoalStore,
    publish: (events: readonly StoredEvent[]) => Promise<void>,
    options: DataSyncOptions = {},
    log?: (line: string) => void,
  ) {
    this.#store = store;
    this.#publish = publish;
    this.#log = log;
    this.#pullTimeoutMs = options.pullTimeoutMs ?? 30_000;
    const interval = options.intervalMs ?? 60_000;
    if (interval !== false && store.connectors.size > 0) {
      this.#timer = setInterval(() => void this.run().catch((e: unknown) => log?.(`sync: ${String(e)}`)), interval);
      this.#timer.unref?.();
    }
  }

  /** Pull a key result's values now, for a person who may edit it; answers the outcome as they see it. */
  async syncNow(actor: Person, keyResultId: string): Promise<{ result: SyncResult; events: readonly StoredEvent[] }> {
    const target = await this.#store.syncTarget(actor, keyResultId);
    const outcome = await this.#pull(target);
    const { result, events } = await this.#store.recordSync(actor, target, outcome);
    return { result: result as SyncResult, events };
  }

  /** Pull every key result whose schedule is due, one after another; answers how many were pulled. */
  run(): Promise<number> {
    this.#running ??= (async () => {
      let pulled = 0;
      for (const id of await this.#store.dueSyncs()) {
        if (this.#stopping.signal.aborted) break;
        try {
          const target = await this.#store.syncTarget(undefined, id);
          const { events } = await this.#store.recordSync(undefined, target, await this.#pull(target));
          await this.#publish(events);
          pulled++;
        } catch (error) {
          this.#log?.(`sync: ${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return pulled;
    })().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #pull(target: SyncTarget): Promise<PullOutcome> {
    const connector = this.#store.connectors.get(target.connector);
    if (!connector) return { ok: false, error: `this server has no connector "${target.connector}" any more` };
    const timeout = AbortSignal.timeout(this.#pullTimeoutMs);
    const signal = AbortSignal.any([timeout, this.#stopping.signal]);
    try {
      const config = connector.configSchema.parse(target.config);
      const points = await new Promise<Awaited<ReturnType<typeof connector.pull>>>((resolve, reject) => {
        signal.addEventListener('abort', () =>
          reject(
            new Error(timeout.aborted ? `no answer within ${this.#pullTimeoutMs / 1000} s` : 'the server is stopping'),
          ),
        );
        connector.pull(config, { asOf: this.#store.now(), signal }).then(resolve, reject);
      });
      if (!Array.isArray(points)) return { ok: false, error: 'the connector answered no list of values' };
      return { ok: true, values: dailyValues(points, target.transform ?? {}, target.window) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: error instanceof ConnectorDataError ? `a value could not be used: ${message}` : message,
      };
    }
  }

  /** Stop the schedule and any pull under way, and wait for a look under way. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#stopping.abort();
    await this.#running?.catch(() => undefined);
  }
}
