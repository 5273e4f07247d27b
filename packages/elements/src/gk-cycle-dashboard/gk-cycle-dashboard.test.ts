import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-cycle-dashboard.js';
import { axeViolations } from '../../test/axe.js';
import {
  cyclesReply,
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
  });
});
