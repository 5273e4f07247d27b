import { describe, expect, it, vi } from 'vitest';
import { type RecordedCall, scriptedFetch } from '../test/fixtures.js';
import { createLiveEventStream, createLiveEvents, type LiveEvent } from './index.js';

/** A text/event-stream reply that sends `chunks` and then ends (the connection drops). */
function stream(...chunks: string[]) {
  return () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
}

/** A stream that stays open until the request is aborted. */
const openStream = (_call: RecordedCall, signal: AbortSignal | undefined) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        signal?.addEventListener('abort', () => controller.error(new Error('aborted')), { once: true });
      },
    }),
  );

describe('createLiveEvents', () => {
  it('keeps an event whose CRLF is split between two network chunks', async () => {
    const { fetch } = scriptedFetch(
      stream(
        'id: 5\r\nevent: comment.created\r\ndata: {"objectiveId":"o1",\r',
        '\ndata: "commentId":"c3"}\r\n\r',
        '\n',
      ),
      openStream,
    );
    const live = createLiveEvents({ baseUrl: 'https://x.test', fetch, minDelayMs: 1, random: () => 0 });
    const received: LiveEvent[] = [];
    live.on('*', (event) => received.push(event));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received).toEqual([{ type: 'comment.created', objectiveId: 'o1', commentId: 'c3' }]);
    expect(live.lastEventId).toBe('5');
    live.close();
  });

  it('delivers typed events, resumes with Last-Event-ID after a drop, and sends the token in a header', async () => {
    const { fetch, calls } = scriptedFetch(
      stream(
        ': keep-alive\n\n',
        'id: 41\nevent: check-in.created\ndata: {"objectiveId":"o1","keyResultId":"kr1",',
        '"checkInId":"ci9","version":4}\n\n',
        'id: 42\nevent: comment.created\r\ndata: {"objectiveId":"o1","commentId":"c3"}\r\n\r\n',
        'id: 43\ndata: not json\n\n',
      ),
      openStream,
    );
    const live = createLiveEvents({
      baseUrl: 'https://x.test/api/',
      fetch,
      getToken: () => 't0k',
      minDelayMs: 1,
      random: () => 0,
    });
    const received: LiveEvent[] = [];
    const checkIns: LiveEvent[] = [];
    live.on('*', (event) => received.push(event));
    live.on('check-in.created', (event) => checkIns.push(event));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(received).toEqual([
      { type: 'check-in.created', objectiveId: 'o1', keyResultId: 'kr1', checkInId: 'ci9', version: 4 },
      { type: 'comment.created', objectiveId: 'o1', commentId: 'c3' },
    ]);
    expect(checkIns).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://x.test/api/events');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer t0k');
    expect(calls[0]?.headers.get('last-event-id')).toBeNull();
    expect(calls[1]?.headers.get('last-event-id')).toBe('43');
    await vi.waitFor(() => expect(live.state).toBe('open'));
    live.close();
    await vi.waitFor(() => expect(live.state).toBe('closed'));
  });

  it('backs off between failed connections and stops when closed', async () => {
    vi.useFakeTimers();
    try {
      const { fetch, calls } = scriptedFetch(new Response(null, { status: 503 }));
      const live = createLiveEvents({
        baseUrl: 'https://x.test',
        fetch,
        minDelayMs: 100,
        maxDelayMs: 1000,
        random: () => 1,
      });
      const states: string[] = [];
      live.onState((s) => states.push(s));
      live.open();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(100);
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(199);
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(3);
      expect(states).toContain('reconnecting');
      live.close();
      await vi.advanceTimersByTimeAsync(5000);
      expect(calls).toHaveLength(3);
      expect(live.state).toBe('closed');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createLiveEventStream', () => {
  it('gives the same events however the network cuts the bytes, inside a multi-byte character too', async () => {
    const text =
      'retry: 2000\n\nevent: note\r\ndata: {"type":"comment.created","objectiveId":"o-1","text":"Grüße ✓ 🎯"}\r\nid: 1\r\n\r\n: keep-alive\r\r';
    const bytes = new TextEncoder().encode(text);
    const anything = { safeParse: (data: unknown) => ({ success: true as const, data: data as LiveEvent }) };
    for (let at = 0; at <= bytes.length; at++) {
      const { fetch } = scriptedFetch(
        () =>
          new Response(
            new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(bytes.slice(0, at));
                controller.enqueue(bytes.slice(at));
                controller.close();
              },
            }),
          ),
        openStream,
      );
      const live = createLiveEventStream(
        { baseUrl: 'https://x.test', fetch, minDelayMs: 1, random: () => 0 },
        anything,
      );
      const received: LiveEvent[] = [];
      live.on('*', (event) => received.push(event));
      await vi.waitFor(() => expect(received).toHaveLength(1), { interval: 1 });
      expect(received[0], `cut at byte ${at}`).toEqual({
        type: 'comment.created',
        objectiveId: 'o-1',
        text: 'Grüße ✓ 🎯',
      });
      expect(live.lastEventId).toBe('1');
      live.close();
    }
  });

  it('delivers the events its parser accepts (createLiveEvents passes liveEventSchema)', async () => {
    const { fetch } = scriptedFetch(
      stream(
        'event: comment.created\ndata: {"objectiveId":"o1","commentId":"c3"}\n\n',
        'event: check-in.created\ndata: {"objectiveId":"o1","keyResultId":"kr1"}\n\n',
      ),
      openStream,
    );
    const onlyComments = {
      safeParse: (data: unknown) =>
        (data as LiveEvent).type === 'comment.created'
          ? { success: true as const, data: data as LiveEvent }
          : { success: false as const },
    };
    const live = createLiveEventStream(
      { baseUrl: 'https://x.test', fetch, minDelayMs: 1, random: () => 0 },
      onlyComments,
    );
    const received: LiveEvent[] = [];
    live.on('*', (event) => received.push(event));
    await vi.waitFor(() => expect(received).toEqual([{ type: 'comment.created', objectiveId: 'o1', commentId: 'c3' }]));
    live.close();
  });
});
