import { webhookHeaders } from '@goalkit/client/webhooks';
import type { GoalStore } from './store.js';

/** How the server delivers webhooks; tests pass their own clock and `fetch`. */
export interface WebhookDeliveryOptions {
  /** How often the loop looks for deliveries that are due, in ms; `false` runs it only when asked ({@link WebhookDelivery.run}). @default 1000 */
  intervalMs?: number | false;
  /** The clock, in ms since the epoch: when attempts are due and the `webhook-timestamp` of each. @default Date.now */
  now?: () => number;
  /** What sends a delivery. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** How long a receiver has to answer, in ms. @default 10000 */
  timeoutMs?: number;
  /** The waits before each retry, in ms; after the last, the delivery has failed. @default 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h, 12 h (about 34 h in all) */
  backoffMs?: readonly number[];
}

const BACKOFF_MS = [30e3, 120e3, 600e3, 3_600e3, 3 * 3_600e3, 6 * 3_600e3, 12 * 3_600e3, 12 * 3_600e3];
/** Deliveries taken per look. */
const BATCH = 20;

/**
 * The one loop that sends the webhook deliveries queued in the database. Each is claimed there before it
 * is sent (a lease longer than the timeout), so two instances, or a restart, never send one attempt
 * twice; its `webhook-id` stays the same across retries.
 */
export class WebhookDelivery {
  readonly #store: GoalStore;
  readonly #now: () => number;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #backoff: readonly number[];
  readonly #log: ((line: string) => void) | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<number> | undefined;
  #stopped = false;

  constructor(store: GoalStore, options: WebhookDeliveryOptions = {}, log?: (line: string) => void) {
    this.#store = store;
    this.#now = options.now ?? Date.now;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#backoff = options.backoffMs ?? BACKOFF_MS;
    this.#log = log;
    const interval = options.intervalMs ?? 1000;
    if (interval !== false) {
      this.#timer = setInterval(() => void this.run().catch((e: unknown) => log?.(`webhooks: ${String(e)}`)), interval);
      this.#timer.unref?.();
    }
  }

  /** Send what is due now, one look at a time; answers how many attempts were made. */
  run(): Promise<number> {
    this.#running ??= this.#sendDue().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Stop looking, and wait for attempts under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#running?.catch(() => undefined);
  }

  async #sendDue(): Promise<number> {
    if (this.#stopped) return 0;
    const queue = this.#store.deliveryQueue;
    const now = this.#now();
    let sent = 0;
    for (const { id } of await queue.due(now, BATCH)) {
      if (this.#stopped) break;
      // Each claim by the clock of its own moment: an earlier delivery of the batch may have taken seconds.
      const claimedAt = this.#now();
      const delivery = await queue.claim(id, claimedAt, claimedAt + this.#timeoutMs * 3);
      if (!delivery) continue;
      const attempts = Number(delivery.attempts) + 1;
      const at = this.#now();
      let responseStatus: number | null = null;
      let error: string | null = null;
      try {
        const headers = await webhookHeaders({
          id: delivery.id,
          timestamp: Math.floor(at / 1000),
          body: delivery.payload,
          // While a rotation's overlap lasts, a signature by the previous secret too.
          secrets:
            delivery.previous_secret && Number(delivery.previous_secret_until) > at
              ? [delivery.secret, delivery.previous_secret]
              : delivery.secret,
        });
        const response = await this.#fetch(delivery.url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'goalkit-webhooks' },
          body: delivery.payload,
          redirect: 'manual',
          signal: AbortSignal.timeout(this.#timeoutMs),
        });
        responseStatus = response.status;
        await response.body?.cancel();
        if (response.status < 200 || response.status > 299) error = `the receiver answered ${response.status}`;
      } catch (e) {
        error = e instanceof Error ? (e.name === 'TimeoutError' ? 'no answer in time' : e.message) : String(e);
      }
      sent++;
      const wait = error === null ? undefined : this.#backoff[attempts - 1];
      await queue.settle(delivery.id, {
        status: error === null ? 'delivered' : wait === undefined ? 'failed' : 'pending',
        attempts,
        at,
        next: wait === undefined ? null : at + wait,
        responseStatus,
        error,
      });
      if (error !== null) this.#log?.(`webhook delivery ${delivery.id} attempt ${attempts}: ${error}`);
    }
    return sent;
  }
}
