import { describe, expect, it } from 'vitest';
import { keyResult, score } from './__tests__/widgetFixtures.js';
import { connectCheckInTimeline } from './connectCheckInTimeline.js';

const checkIns = [
  { id: 'c2', at: '2026-02-01T09:00:00Z', value: 24, confidence: 0.6, note: 'second' },
  { id: 'c1', at: '2026-01-15T09:00:00Z', value: 21, confidence: null, note: null },
  { id: 'c3', at: '2026-02-10T09:00:00Z', value: 27, confidence: 0.8, note: '<img src=x onerror=alert(1)>' },
];
const cycle = { start: '2026-01-01', end: '2026-03-31' };

describe('connectCheckInTimeline', () => {
  it('plots check-ins in date order inside the plot area', () => {
    const view = connectCheckInTimeline({ keyResult: keyResult(), checkIns, cycle });
    expect(view.points.map((p) => p.id)).toEqual(['c1', 'c2', 'c3']);
    const xs = view.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const p of view.points) {
      expect(p.x).toBeGreaterThanOrEqual(view.plot.left);
      expect(p.x).toBeLessThanOrEqual(view.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(view.plot.top);
      expect(p.y).toBeLessThanOrEqual(view.plot.bottom);
    }
    // A rising value is drawn higher (smaller y).
    expect(view.points[2]?.y).toBeLessThan(view.points[0]?.y ?? 0);
    expect(view.actualPath).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L/);
  });

  it('draws the expected line from start to target across the cycle, and the forecast to its end', () => {
    const view = connectCheckInTimeline({
      keyResult: keyResult({ score: score({ forecast: { value: 33, progress: 0.87 } }) }),
      checkIns,
      cycle,
    });
    expect(view.expectedPath).toBe(
      `M${view.plot.left} ${view.yTicks[0]?.position} L${view.plot.right} ${view.yTicks.at(-1)?.position}`.replace(
        / undefined/g,
        '',
      ),
    );
    expect(view.forecastPath.startsWith(`M${view.points[2]?.x} ${view.points[2]?.y} L${view.plot.right}`)).toBe(true);
  });

  it('describes the chart in words and lists the data newest first, notes as plain text', () => {
    const view = connectCheckInTimeline({
      keyResult: keyResult({ score: score({ forecast: { value: 33, progress: 0.87 } }) }),
      checkIns,
      cycle,
    });
    expect(view.summary).toBe(
      '3 check-ins from Jan 15, 2026 to Feb 10, 2026; latest value 27\u00a0%; expected 35\u00a0% by Mar 31, 2026; forecast 33\u00a0% at the end of the cycle',
    );
    expect(view.rows.map((r) => [r.dateText, r.valueText, r.confidenceText, r.note])).toEqual([
      ['Feb 10, 2026', '27\u00a0%', 'high', '<img src=x onerror=alert(1)>'],
      ['Feb 1, 2026', '24\u00a0%', 'medium', 'second'],
      ['Jan 15, 2026', '21\u00a0%', '—', ''],
    ]);
    expect(view.chart).toMatchObject({ role: 'img', 'aria-labelledby': 'gk-timeline-summary' });
  });

  it('shows milestones as the share done, and says when there is nothing yet', () => {
    const ms = keyResult({
      type: 'milestones',
      unit: null,
      milestones: [
        { title: 'a', done: true },
        { title: 'b', done: false },
      ],
    });
    const view = connectCheckInTimeline({
      keyResult: ms,
      checkIns: [{ id: 'm', at: '2026-02-01', value: null, milestones: [true, false], confidence: null, note: null }],
      cycle,
    });
    expect(view.rows[0]?.valueText).toBe('50%');
    const empty = connectCheckInTimeline({ keyResult: keyResult(), checkIns: [], cycle, locale: 'de' });
    expect(empty.empty).toBe(true);
    expect(empty.emptyText).toBe('Noch keine Updates.');
    expect(empty.actualPath).toBe('');
  });
});

describe('where a check-in came from', () => {
  const sourced = [
    { id: 'm', at: '2026-01-10', value: 20, confidence: 0.5, note: null },
    { id: 'p', at: '2026-01-11', value: 21, confidence: 0.5, note: null, source: 'manual', sourceRef: 'ignored' },
    { id: 'a', at: '2026-01-12', value: 22, confidence: null, note: null, source: 'api', sourceRef: null },
    {
      id: 'ar',
      at: '2026-01-13',
      value: 23,
      confidence: null,
      note: null,
      source: 'api',
      sourceRef: 'warehouse run 41',
    },
    { id: 'c', at: '2026-01-14', value: 24, confidence: null, note: null, source: 'connector' },
    {
      id: 'cr',
      at: '2026-01-15',
      value: 25,
      confidence: null,
      note: null,
      source: 'connector',
      sourceRef: ' <b>row\n7</b> ',
    },
    { id: 'blank', at: '2026-01-16', value: 26, confidence: null, note: null, source: 'api', sourceRef: '  ' },
  ] as const;
  const texts = (locale?: string) =>
    Object.fromEntries(
      connectCheckInTimeline({ keyResult: keyResult(), checkIns: sourced, cycle, locale }).rows.map((r) => [
        r.id,
        [r.source, r.sourceText],
      ]),
    );

  it('labels a system’s or a connector’s value, with its reference as plain text, and leaves a person’s alone', () => {
    expect(texts()).toEqual({
      m: ['manual', ''],
      p: ['manual', ''],
      a: ['api', 'From a system'],
      ar: ['api', 'From a system · warehouse run 41'],
      c: ['connector', 'From a connector'],
      cr: ['connector', 'From a connector · <b>row 7</b>'],
      blank: ['api', 'From a system'],
    });
    const view = connectCheckInTimeline({ keyResult: keyResult(), checkIns: sourced, cycle });
    expect(view.sourceLabel).toMatchObject({ 'data-scope': 'check-in-timeline', 'data-part': 'source' });
  });

  it('says it in German', () => {
    expect(texts('de')).toMatchObject({
      m: ['manual', ''],
      a: ['api', 'Von einem System'],
      ar: ['api', 'Von einem System · warehouse run 41'],
      c: ['connector', 'Von einem Konnektor'],
    });
  });
});

describe('the forecast’s colour', () => {
  it('says whether the forecast reaches the target, whatever today’s pace says', () => {
    const view = (progress: number) =>
      connectCheckInTimeline({
        keyResult: keyResult({ score: score({ status: 'on-track', forecast: { value: 30, progress } }) }),
        checkIns: [{ id: 'c1', at: '2026-01-20T09:00:00Z', value: 24, confidence: 0.6, note: null }],
        cycle: { start: '2026-01-01', end: '2026-03-31' },
      });
    expect(view(0.6).forecast['data-status']).toBe('off-track');
    expect(view(0.8).forecastLegend['data-status']).toBe('at-risk');
    expect(view(1.1).forecast['data-status']).toBe('on-track');
  });
});
