import type { Person } from '@goalkit/client';
import type { StoredEvent } from './store.js';

type Subscriber = { person: Person; send: (event: StoredEvent) => void };

/** Fans committed changes out to every open `/events` stream whose person may see them. */
export class EventHub {
  #subscribers = new Set<Subscriber>();
  #canSee: (person: Person, objectiveId: string) => Promise<boolean>;

  constructor(canSee: (person: Person, objectiveId: string) => Promise<boolean>) {
    this.#canSee = canSee;
  }

  subscribe(person: Person, send: (event: StoredEvent) => void): () => void {
    const subscriber = { person, send };
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  /** Send each event, in order, to every subscriber who may see its objective now. */
  async publish(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) {
      for (const subscriber of [...this.#subscribers]) {
        if (await this.#canSee(subscriber.person, event.objectiveId)) subscriber.send(event);
      }
    }
  }

  get size(): number {
    return this.#subscribers.size;
  }
}
