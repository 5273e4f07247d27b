import type { Person } from '@goalkit/client';
import type { StoredEvent } from './store.js';

type Subscriber = { person: Person; send: (event: StoredEvent) => void };

/** Who may see an objective, read once for every stream an event goes to. */
export type Visibility = (objectiveId: string) => Promise<(person: Person) => boolean>;

/** Fans committed changes out to every open `/events` stream whose person may see them. */
export class EventHub {
  #subscribers = new Set<Subscriber>();
  #visibility: Visibility;

  constructor(visibility: Visibility) {
    this.#visibility = visibility;
  }

  subscribe(person: Person, send: (event: StoredEvent) => void): () => void {
    const subscriber = { person, send };
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  /**
   * Send each event, in order, to every subscriber who may see its objective now. The objective is read
   * once per event, not once per stream (a round trip each on PostgreSQL).
   */
  async publish(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) {
      if (this.#subscribers.size === 0) continue;
      const canSee = await this.#visibility(event.objectiveId);
      for (const subscriber of [...this.#subscribers]) if (canSee(subscriber.person)) subscriber.send(event);
    }
  }

  get size(): number {
    return this.#subscribers.size;
  }
}

/** An event as one SSE frame, written once however many streams it goes to. */
const frames = new WeakMap<StoredEvent, string>();
export function eventFrame(event: StoredEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = `event: ${event.type}\ndata: ${JSON.stringify({ type: event.type, ...event.data })}\nid: ${event.id}\n\n`;
    frames.set(event, frame);
  }
  return frame;
}
