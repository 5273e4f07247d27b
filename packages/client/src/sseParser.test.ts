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
  'the reference server':
    'retry: 2000\n\nid: 41\nevent: check-in.created\ndata: {"type":"check-in.created","objectiveId":"o1","keyResultId":"kr1","version":4}\n\n: keep-alive\n\nid: 42\nevent: comment.created\ndata: {"type":"comment.created","objectiveId":"o1","commentId":"c9"}\n\n',
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
