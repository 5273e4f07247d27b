import type { Notifier } from '@goalkit/core';
import type { GoalStore } from './store.js';

/** How the server's rhythm scheduler runs; tests run it by hand. */
export interface RhythmSchedulerOptions {
  /** How often it looks for reminders and digests due, in ms; `false` runs it only when asked ({@link RhythmScheduler.run}). @default 60000 */
  intervalMs?: number | false;
  /**
   * In-process notifiers (core's `Notifier`: a platform's own mail, chat or in-app notifications): each
   * gets every reminder and digest once. Webhooks get them too, whatever is here. @default none
   */
  notifiers?: readonly Notifier[];
}

/**
 * The one loop of the check-in rhythm: every minute it works out the reminders the cadences call for
 * (`check-in.due`, `check-in.overdue`, `check-in.escalated`) and the weekly digests ready
 * (`digest.ready`), queues each once for the webhooks that want it (the delivery loop sends them, signed,
 * with retries) and hands each once to the notifiers. What was sent is kept in the database, so a restart
 * or a second instance never sends it again.
 */
export class RhythmScheduler {
  readonly #store: GoalStore;
  readonly #notifiers: readonly Notifier[];
  readonly #log: ((line: string) => void) | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #first: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<{ queued: number; notified: number }> | undefined;
  #stopped = false;

  constructor(store: GoalStore, options: RhythmSchedulerOptions = {}, log?: (line: string) => void) {
    this.#store = store;
    this.#notifiers = options.notifiers ?? [];
    this.#log = log;
    const interval = options.intervalMs ?? 60_000;
    if (interval !== false) {
      const look = () => void this.run().catch((e: unknown) => log?.(`rhythm: ${String(e)}`));
      // The first look soon after start, not a whole interval later; then one per interval.
      this.#first = setTimeout(look, Math.min(interval, 2000));
      this.#first.unref?.();
      this.#timer = setInterval(look, interval);
      this.#timer.unref?.();
    }
  }

  /** Look now: answers how many webhook deliveries were queued and notifications handed over. */
  run(): Promise<{ queued: number; notified: number }> {
    if (this.#stopped) return Promise.resolve({ queued: 0, notified: 0 });
    this.#running ??= this.#store
      .rhythmTick(this.#notifiers, (error, notification, notifier) =>
        this.#log?.(`rhythm: notifier ${notifier.id} failed on ${notification.id}: ${String(error)}`),
      )
      .finally(() => {
        this.#running = undefined;
      });
    return this.#running;
  }

  /** Stop looking, and wait for a look under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#first) clearTimeout(this.#first);
    if (this.#timer) clearInterval(this.#timer);
    await this.#running?.catch(() => undefined);
  }
}
