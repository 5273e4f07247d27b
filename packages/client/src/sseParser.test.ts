import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sseParser.js';

const parse = (chunks: readonly string[]) => {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser(
    (event) => events.push(event),
    (ms) => retries.push(ms),
  );
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return { events, retries, lastEventId: parser.lastEventId };
};

/** Streams as servers send them: the reference server's, and the grammar's corners. */
const recorded: Record<string, string> = {
  // Recorded from apps/server (GET /events while an objective, a check-in and a comment were made).
  'the reference server':
    'retry: 2000\n\nevent: objective.updated\ndata: {"type":"objective.updated","objectiveId":"o-0ca6389c","version":1}\nid: 1\n\nevent: check-in.created\ndata: {"type":"check-in.created","objectiveId":"o-0ca6389c","keyResultId":"kr-59ff9998","checkInId":"ci-e1619803-8a4f-4d02-917b-a42287dcc76e","version":2}\nid: 2\n\nevent: comment.created\ndata: {"type":"comment.created","objectiveId":"o-0ca6389c","commentId":"c-55a4edfc-deeb-4182-ae8c-9f553f295475"}\nid: 3\n\n: keep-alive\n\n: keep-alive\n\n',
  'CRLF line ends and a multi-line event':
    'id: 7\r\nevent: note\r\ndata: first line\r\ndata: second line\r\ndata:\r\n\r\n',
  'CR-only line ends': 'data: one\rdata: two\r\rid: 3\rdata: three\r\r',
  'a BOM, comments, unknown fields and no space after the colon':
    '\ufeff: hello\nfoo: bar\ndata:tight\nevent\ndata: x\n\nretry: abc\nretry: 5000\ndata: y\n\n',
  'an id with no data, then an unfinished event': 'id: 9\n\ndata: half\n',
};

describe('the event-stream parser', () => {
  it('reads the grammar as the HTML standard says', () => {
    expect(parse([recorded['CRLF line ends and a multi-line event'] as string]).events).toEqual([
      { event: 'note', data: 'first line\nsecond line\n', id: '7' },
    ]);
    expect(parse([recorded['CR-only line ends'] as string]).events).toEqual([
      { event: 'message', data: 'one\ntwo', id: undefined },
      { event: 'message', data: 'three', id: '3' },
    ]);
    const corners = parse([recorded['a BOM, comments, unknown fields and no space after the colon'] as string]);
    expect(corners.events).toEqual([
      { event: 'message', data: 'tight\nx', id: undefined },
      { event: 'message', data: 'y', id: undefined },
    ]);
    expect(corners.retries).toEqual([5000]);
    const unfinished = parse([recorded['an id with no data, then an unfinished event'] as string]);
    expect(unfinished.events).toEqual([]);
    expect(unfinished.lastEventId).toBe('9');
  });

  it('keeps a CR ending one chunk and the LF starting the next as one line break', () => {
    const text = 'data: a\r\ndata: b\r\n\r\n';
    expect(parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']).events).toEqual(parse([text]).events);
    expect(parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']).events).toEqual([
      { event: 'message', data: 'a\nb', id: undefined },
    ]);
  });

  it('dispatches an event the moment its blank line ends, even when a CR ends the chunk', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    parser.feed('data: first\r\r');
    expect(events).toEqual([{ event: 'message', data: 'first', id: undefined }]);
    parser.feed('\ndata: second\r');
    parser.feed('\n\r');
    expect(events).toHaveLength(2);
    expect(events[1]?.data).toBe('second');
  });

  it('reads a 2 MB event arriving in 2 KB chunks without rescanning what it has read', () => {
    let data = '';
    const parser = createSseParser((event) => {
      data = event.data;
    });
    const chunk = 'x'.repeat(2048);
    const started = performance.now();
    parser.feed('data: ');
    for (let i = 0; i < 1024; i++) parser.feed(chunk);
    parser.feed('\n\n');
    // Rescanning the line on every chunk took 3.7 s here; reading each chunk once takes about 10 ms.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(data).toHaveLength(2 * 1024 * 1024);
  });

  it.each(Object.keys(recorded))('gives the same events whatever the chunks (%s)', (name) => {
    const text = recorded[name] as string;
    const whole = parse([text]);
    // Every split into two, then random splits into many.
    for (let at = 0; at <= text.length; at++) expect(parse([text.slice(0, at), text.slice(at)])).toEqual(whole);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const chunks = points.slice(1).map((end, i) => text.slice(points[i], end));
        expect(parse(chunks)).toEqual(whole);
      }),
    );
  });
});
