import { liveEventSchema } from './contract/schemas.js';
import { createLiveEventStream, type LiveEvents, type LiveEventsOptions } from './live.js';

export type { LiveEvents, LiveEventsOptions, LiveEventsState } from './live.js';

/**
 * Subscribes to `GET /events` (Server-Sent Events) with `fetch`, so the bearer token travels in a
 * header and never in a URL. Reconnects with exponential backoff and resumes with `Last-Event-ID`.
 */
export function createLiveEvents(options: LiveEventsOptions): LiveEvents {
  return createLiveEventStream(options, liveEventSchema);
}
