import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-cycle-dashboard.js';
import { axeViolations } from '../../test/axe.js';
import {
  cyclesReply,
  expectFocus,
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  problem,
  routedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkCycleDashboard } from './gk-cycle-dashboard.js';

const s = (status: 'on-track' | 'at-risk' | 'off-track' | 'achieved', progress: number) => ({
  progress,
  expected: 0.5,
  status,
  confidence: null,
  hasData: true,
});
const objectives = [
  objectiveFixture({
    id: 'a',
    title: XSS,
    score: s('off-track', 0.1),
    keyResults: [keyResultFixture({ id: 'ka', title: 'Churn below 2%', lastCheckInAt: null })],
  }),
  objectiveFixture({
    id: 'b',
    title: 'Grow',
    score: s('at-risk', 0.35),
    keyResults: [keyResultFixture({ id: 'kb', lastCheckInAt: '2026-02-14T00:00:00Z' })],
  }),
  objectiveFixture({ id: 'c', title: 'Ship', score: s('on-track', 0.55), keyResults: [] }),
];

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-cycle-dashboard>', () => {
  it('counts by status, compares progress with the pace, and lists what needs attention', async () => {
    const element = mount<GkCycleDashboard>(
      '<gk-cycle-dashboard cycle-name="Q1 2026"></gk-cycle-dashboard>',
      'gk-cycle-dashboard',
    );
    element.objectives = objectives;
    element.now = '2026-02-15T00:00:00Z';
    await element.updateComplete;
    await expect.element(page.getByRole('heading', { level: 2, name: 'Cycle Q1 2026 (3 objectives)' })).toBeVisible();
    const counts = page.getByRole('group', { name: 'Objectives by status' });
    await expect.element(counts).toHaveTextContent(/off track\s*1/);
    await expect
      .element(page.getByRole('meter', { name: 'Progress against expected' }))
      .toHaveAttribute('aria-valuenow', '33');
    const attention = page.getByRole('group', { name: 'At risk and off track' });
    await expect.element(attention.getByRole('listitem').first()).toHaveTextContent(XSS);
    await expect.element(attention.getByRole('listitem').last()).toHaveTextContent('Grow');
    await expect
      .element(page.getByRole('group', { name: 'Distribution of progress' }))
      .toHaveTextContent('0%–20%: 1 objective');
    await expect.element(page.getByRole('group', { name: 'Stale check-ins' })).toHaveTextContent('Churn below 2%');
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('has an empty state', async () => {
    const element = mount<GkCycleDashboard>('<gk-cycle-dashboard></gk-cycle-dashboard>', 'gk-cycle-dashboard');
    element.objectives = [];
    await element.updateComplete;
    expect(element.shadowRoot?.textContent).toContain('No objectives in this cycle yet.');
  });

  describe('connected', () => {
    it('loads one owner’s objectives of a cycle, named after the cycle', async () => {
      const { fetch, calls } = routedFetch({
        'GET /objectives': () => json({ items: objectives.slice(1), nextCursor: null }),
        'GET /cycles': () => json(cyclesReply()),
      });
      mountConnected(
        '<gk-cycle-dashboard cycle="2026-Q1" owner-id="growth"></gk-cycle-dashboard>',
        'gk-cycle-dashboard',
        fetch,
      );
      await expect.element(page.getByRole('heading', { level: 2, name: 'Cycle Q1 2026 (2 objectives)' })).toBeVisible();
      expect(calls[0]?.path).toBe('/objectives?cycle=2026-Q1&limit=200&owner=growth');
    });

    it('offers a retry when the objectives cannot be loaded', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives': () => (fail ? problem(502) : json({ items: [], nextCursor: null })),
        'GET /cycles': () => json(cyclesReply()),
      });
      const { element } = mountConnected<GkCycleDashboard>(
        '<gk-cycle-dashboard cycle="2026-Q1"></gk-cycle-dashboard>',
        'gk-cycle-dashboard',
        fetch,
      );
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      fail = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => element.shadowRoot?.textContent).toContain('No objectives in this cycle yet.');
    });

    it('at the close, carries an unfinished goal into the next cycle from the keyboard, once', async () => {
      const copies: ReturnType<typeof objectiveFixture>[] = [
        objectiveFixture({ id: 'b-copy', cycleId: '2026-Q2', state: 'draft', carriedFrom: 'b' }),
      ];
      const { fetch, calls } = routedFetch({
        'GET /objectives': () => json({ items: objectives, nextCursor: null }),
        'GET /cycles': () =>
          json({
            items: [
              ...cyclesReply().items,
              { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', closed: false },
            ],
          }),
        'POST /objectives/a/duplicate': () => {
          const copy = objectiveFixture({ id: 'a-copy', cycleId: '2026-Q2', state: 'draft', carriedFrom: 'a' });
          copies.push(copy);
          return json(copy, 201);
        },
      });
      // The Q2 list answers with the copies so far.
      const route = fetch;
      const routed: typeof fetch = (input, init) =>
        String(input).includes('cycle=2026-Q2')
          ? Promise.resolve(json({ items: copies, nextCursor: null }))
          : route(input, init);
      const { element } = mountConnected<GkCycleDashboard>(
        '<gk-cycle-dashboard cycle="2026-Q1"></gk-cycle-dashboard>',
        'gk-cycle-dashboard',
        routed,
      );
      element.now = '2026-03-25T00:00:00Z';
      const carry = page.getByRole('group', { name: 'Unfinished at the close' });
      await expect.element(carry).toHaveTextContent('Carry a goal over to Q2 2026');
      // "Grow" was carried before: no second button for it.
      await expect.element(carry.getByRole('listitem').nth(1)).toHaveTextContent('Carried over to Q2 2026 as a draft.');
      expect(carry.getByRole('button').elements()).toHaveLength(2);
      const button = carry.getByRole('button', { name: `Carry over to Q2 2026: ${XSS}` });
      (button.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      const status = carry.getByRole('listitem').first().getByRole('status');
      await expect.element(status).toHaveTextContent('Carried over to Q2 2026 as a draft.');
      // The button went away; the focus stays where the person was.
      await expectFocus(status);
      expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
        ['/objectives/a/duplicate', { cycleId: '2026-Q2' }],
      ]);
      expect(await axeViolations()).toEqual([]);
    });

    it('says so when carrying over fails, and lets the person try again', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives': () => json({ items: objectives.slice(2), nextCursor: null }),
        'GET /cycles': () =>
          json({
            items: [
              ...cyclesReply().items,
              { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', closed: false },
            ],
          }),
        'POST /objectives/c/duplicate': () =>
          fail ? problem(503) : json(objectiveFixture({ id: 'c-copy', cycleId: '2026-Q2', carriedFrom: 'c' }), 201),
      });
      const { element } = mountConnected<GkCycleDashboard>(
        '<gk-cycle-dashboard cycle="2026-Q1"></gk-cycle-dashboard>',
        'gk-cycle-dashboard',
        fetch,
      );
      const errors: string[] = [];
      element.addEventListener('gk-error', (e) => errors.push(e.detail.action));
      element.now = '2026-04-03T00:00:00Z';
      const button = page.getByRole('button', { name: 'Carry over to Q2 2026: Ship' });
      await button.click();
      await expect.element(page.getByRole('alert')).toHaveTextContent('It could not be carried over.');
      await expect.poll(() => errors).toEqual(['carry-over']);
      fail = false;
      await button.click();
      await expect.element(page.getByRole('status')).toHaveTextContent('Carried over to Q2 2026 as a draft.');
    });
  });

  it('presentational: asks the page to carry a goal over and waits for its answer', async () => {
    const element = mount<GkCycleDashboard>(
      '<gk-cycle-dashboard cycle-name="Q1 2026" cycle-end="2026-03-31"></gk-cycle-dashboard>',
      'gk-cycle-dashboard',
    );
    element.objectives = objectives.slice(1);
    element.nextCycle = { id: '2026-Q2', name: 'Q2 2026' };
    element.now = '2026-03-30T00:00:00Z';
    let answer: (() => void) | undefined;
    const asked: unknown[] = [];
    element.addEventListener('gk-carry-over', (event) => {
      asked.push(event.detail);
      event.waitUntil(new Promise<void>((resolve) => (answer = resolve)));
    });
    await page.getByRole('button', { name: 'Carry over to Q2 2026: Grow' }).click();
    expect(asked).toEqual([{ objectiveId: 'b', cycleId: '2026-Q2' }]);
    await expect.element(page.getByRole('status').first()).toHaveTextContent('Carrying over…');
    await expect
      .element(page.getByRole('button', { name: 'Carry over to Q2 2026: Grow' }))
      .toHaveAttribute('aria-disabled', 'true');
    answer?.();
    await expect.element(page.getByRole('status').first()).toHaveTextContent('Carried over to Q2 2026 as a draft.');
  });
});
