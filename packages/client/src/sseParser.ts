/** One event of a `text/event-stream`, as the WHATWG grammar dispatches it. */
export interface SseEvent {
  /** `message` unless the stream named it. */
  readonly event: string;
  /** The `data:` lines, joined with `\n`. */
  readonly data: string;
  /** The last event ID as of this event (`id:` fields persist from event to event). */
  readonly id: string | undefined;
}

/**
 * An incremental parser of the event-stream grammar (HTML § 9.2.6): feed it text as it arrives, in chunks
 * cut anywhere — a CR ending one chunk and the LF starting the next are one line break, not two — and it
 * calls `onEvent` for each complete event and `onRetry` for each valid `retry:` field. A leading BOM is
 * skipped; comments, unknown fields and an event left unfinished at the end are ignored.
 */
export function createSseParser(onEvent: (event: SseEvent) => void, onRetry: (ms: number) => void = () => {}) {
  let pending = '';
  let started = false;
  let afterCr = false;
  let data: string[] = [];
  let eventName = '';
  let lastId: string | undefined;
  let dispatchedId: string | undefined;

  const line = (text: string) => {
    if (text === '') {
      dispatchedId = lastId;
      if (data.length > 0) onEvent({ event: eventName || 'message', data: data.join('\n'), id: lastId });
      data = [];
      eventName = '';
      return;
    }
    if (text.charCodeAt(0) === 58 /* : */) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === 32 /* space */) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') eventName = value;
    else if (field === 'id') {
      if (!value.includes('\0')) lastId = value;
    } else if (field === 'retry' && /^\d+$/.test(value)) onRetry(Number(value));
  };

  return {
    /** Parse the next piece of the stream. */
    feed(chunk: string): void {
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      let start = 0;
      // A CR that ended the last chunk ended its line; an LF starting this one is the rest of that CRLF.
      if (afterCr && text.length > 0) {
        afterCr = false;
        if (text.charCodeAt(0) === 10) start = 1;
      }
      // Only the new text is scanned, so a long line arriving in many chunks costs its length, not its square.
      for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 /* LF */ && c !== 13 /* CR */) continue;
        line(pending + text.slice(start, i));
        pending = '';
        if (c === 13) {
          if (i === text.length - 1) afterCr = true;
          else if (text.charCodeAt(i + 1) === 10) i++;
        }
        start = i + 1;
      }
      pending += text.slice(start);
    },
    /** The last event ID as of the last blank line (an event, even one without data, sets it). */
    get lastEventId(): string | undefined {
      return dispatchedId;
    },
    /** The stream ended: an unfinished line and event are dropped. */
    end(): void {
      pending = '';
      afterCr = false;
      data = [];
      eventName = '';
    },
  };
}
