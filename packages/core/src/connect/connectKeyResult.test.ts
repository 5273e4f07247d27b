import { describe, expect, it } from 'vitest';
import { keyResult, score } from './__tests__/widgetFixtures.js';
import { connectKeyResult, keyResultValueText } from './connectKeyResult.js';

describe('connectKeyResult', () => {
  it('writes a value text that fits each key-result type', () => {
    expect(keyResultValueText(keyResult())).toBe('27 of 35\u00a0% (from 20)');
    expect(keyResultValueText(keyResult({ type: 'at-most', target: 2, current: 1.8 }))).toBe(
      'at most 2\u00a0%: 1.8\u00a0% now',
    );
    expect(keyResultValueText(keyResult({ type: 'at-least', target: 90, current: null }))).toBe(
      'at least 90\u00a0%: no value yet',
    );
    expect(keyResultValueText(keyResult({ type: 'range', min: 2, max: 4, current: 3 }))).toBe(
      'between 2 and 4\u00a0%: 3\u00a0% now',
    );
    expect(keyResultValueText(keyResult({ type: 'boolean', current: true }))).toBe('Done');
    expect(keyResultValueText(keyResult({ type: 'boolean', current: false }))).toBe('Not done');
    const milestones = [true, true, true, false, false].map((done, i) => ({ title: `Step ${i + 1}`, done }));
    expect(keyResultValueText(keyResult({ type: 'milestones', milestones }))).toBe('3 of 5 milestones');
  });

  it('formats currencies and German numbers through Intl', () => {
    const revenue = keyResult({ unit: 'EUR', unitKind: 'currency', start: 20000, target: 35000, current: 27500.5 });
    expect(keyResultValueText(revenue, 'en')).toBe('€27,500.50 of €35,000 (from €20,000)');
    expect(keyResultValueText(keyResult({ current: 27.5 }), 'de')).toBe('27,5 von 35\u00a0% (Start 20)');
  });

  it('says how sure the owner is and how long ago the last check-in was', () => {
    const view = connectKeyResult({ keyResult: keyResult(), now: '2026-02-15T09:00:00Z' });
    expect(view.confidenceText).toBe('Confidence: high');
    expect(view.lastCheckInText).toBe('Last check-in 5 days ago');
    expect(view.statusText).toBe('on track');
    expect(view.root['data-status']).toBe('on-track');
    const none = connectKeyResult({
      keyResult: keyResult({ lastCheckInAt: null, score: score({ confidence: null }) }),
    });
    expect(none.lastCheckInText).toBe('No check-in yet');
    expect(none.confidenceText).toBeUndefined();
  });

  it('lists milestones with a state word for people who cannot see the check mark', () => {
    const view = connectKeyResult({
      keyResult: keyResult({
        type: 'milestones',
        milestones: [
          { title: 'Design approved', done: true },
          { title: 'Beta', done: false },
        ],
      }),
    });
    expect(view.milestones.map((m) => `${m.title}: ${m.stateText}`)).toEqual(['Design approved: done', 'Beta: open']);
    expect(view.milestones[0]?.item['data-done']).toBe('');
  });

  it('feeds the meter its progress, pace and the key result as its name', () => {
    const view = connectKeyResult({ keyResult: keyResult() });
    expect(view.progress).toMatchObject({
      progress: 0.4667,
      expected: 0.5056,
      status: 'on-track',
      label: keyResult().title,
    });
    const noData = connectKeyResult({ keyResult: keyResult({ score: score({ hasData: false }) }) });
    expect(noData.progress.expected).toBeUndefined();
  });
});
