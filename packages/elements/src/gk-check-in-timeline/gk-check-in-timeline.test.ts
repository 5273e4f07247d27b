import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-check-in-timeline.js';
import { axeViolations } from '../../test/axe.js';
import {
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  problem,
  record,
  routedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkErrorEvent } from '../events.js';
import type { GkCheckInTimeline } from './gk-check-in-timeline.js';

const checkIns = [
  { id: 'c1', keyResultId: 'kr1', at: '2026-01-15T09:00:00Z', value: 21, confidence: 0.5, note: null, authorId: 'u' },
  { id: 'c2', keyResultId: 'kr1', at: '2026-02-10T09:00:00Z', value: 27, confidence: 0.8, note: XSS, authorId: 'u' },
];
const cycle = { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false };
const kr = keyResultFixture({
  score: {
    progress: 0.47,
    expected: 0.5,
    status: 'on-track',
    confidence: 0.8,
    hasData: true,
    forecast: { value: 33, progress: 0.87 },
  },
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-check-in-timeline>', () => {
  it('draws a chart named by a sentence, and lists every check-in in a table, notes as text', async () => {
    const element = mount<GkCheckInTimeline>('<gk-check-in-timeline></gk-check-in-timeline>', 'gk-check-in-timeline');
    element.keyResult = kr;
    element.checkIns = checkIns;
    element.cycle = cycle;
    await element.updateComplete;
    await expect
      .element(
        page.getByRole('img', {
          name: /^2 check-ins from Jan 15, 2026 to Feb 10, 2026; latest value 27\s%; expected 35\s% by Mar 31, 2026; forecast 33\s% at the end of the cycle$/,
        }),
      )
      .toBeVisible();
    const table = page.getByRole('table', { name: 'Check-ins' });
    await expect.element(table.getByRole('row').nth(1)).toHaveTextContent(/Feb 10, 2026\s*27\s%\s*high\s*<img src=x/);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect(element.shadowRoot?.querySelectorAll('[part="point"]')).toHaveLength(2);
    expect(element.shadowRoot?.querySelector('[part="forecast"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says where a system’s value came from, in words inside its row; a person’s row has no label', async () => {
    const element = mount<GkCheckInTimeline>('<gk-check-in-timeline></gk-check-in-timeline>', 'gk-check-in-timeline');
    element.keyResult = kr;
    const pushed = { keyResultId: 'kr1', confidence: null, note: null, authorId: 'u' };
    element.checkIns = [
      ...checkIns,
      { ...pushed, id: 'c3', at: '2026-02-20T09:00:00Z', value: 29, source: 'api', sourceRef: XSS },
      { ...pushed, id: 'c4', at: '2026-02-24T09:00:00Z', value: 30, source: 'connector' },
    ];
    element.cycle = cycle;
    await element.updateComplete;
    const rows = page.getByRole('table', { name: 'Check-ins' }).getByRole('row');
    await expect.element(rows.nth(1)).toHaveTextContent(/^Feb 24, 2026\s*30\s% From a connector\s*—$/);
    await expect.element(rows.nth(2)).toHaveTextContent(/^Feb 20, 2026\s*29\s% From a system · <img src=x/);
    await expect.element(rows.nth(2).getByText(/^From a system · /)).toBeVisible();
    await expect.element(rows.nth(3)).not.toHaveTextContent(/From a/);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect(element.shadowRoot?.querySelectorAll('[part="source"]')).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
  });

  it('says when there are no check-ins yet', async () => {
    const element = mount<GkCheckInTimeline>(
      '<gk-check-in-timeline locale="de"></gk-check-in-timeline>',
      'gk-check-in-timeline',
    );
    element.keyResult = kr;
    element.checkIns = [];
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="empty"]')?.textContent).toBe('Noch keine Updates.');
    expect(await axeViolations()).toEqual([]);
  });

  describe('connected', () => {
    it('loads the key result, its check-ins and its cycle', async () => {
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ keyResults: [kr] })),
        'GET /key-results/kr1/check-ins': () => json({ items: checkIns }),
        'GET /cycles': () => json({ items: [cycle] }),
      });
      mountConnected(
        '<gk-check-in-timeline objective-id="o1" key-result-id="kr1"></gk-check-in-timeline>',
        'gk-check-in-timeline',
        fetch,
      );
      await expect.element(page.getByRole('img', { name: /expected 35\s% by Mar 31, 2026/ })).toBeVisible();
    });

    it('offers a retry when the check-ins cannot be loaded', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ keyResults: [kr] })),
        'GET /key-results/kr1/check-ins': () => (fail ? problem(500) : json({ items: [] })),
        'GET /cycles': () => json({ items: [cycle] }),
      });
      const { element } = mountConnected<GkCheckInTimeline>(
        '<gk-check-in-timeline objective-id="o1" key-result-id="kr1"></gk-check-in-timeline>',
        'gk-check-in-timeline',
        fetch,
      );
      const errors = record<GkErrorEvent>(document, 'gk-error');
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(errors).toHaveLength(1);
      fail = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect
        .poll(() => element.shadowRoot?.querySelector('[part="empty"]')?.textContent)
        .toBe('No check-ins yet.');
    });
  });
});
