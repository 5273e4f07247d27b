import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import {
  json,
  keyResultFixture,
  objectiveFixture,
  problem,
  renderConnected,
  routedFetch,
} from '../../test/connected.js';
import { CycleDashboard } from './CycleDashboard.js';

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
    title: 'Fix churn <b>now</b>',
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

describe('<CycleDashboard>', () => {
  it('counts by status, compares progress with the pace, and lists what needs attention', async () => {
    const { container } = render(
      <CycleDashboard objectives={objectives} cycle={{ name: 'Q1 2026' }} now="2026-02-15T00:00:00Z" />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Cycle Q1 2026 (3 objectives)' })).toBeInTheDocument();
    const counts = screen.getByRole('group', { name: 'Objectives by status' });
    expect(within(counts).getByText('off track').nextSibling).toHaveTextContent('1');
    expect(screen.getByRole('meter', { name: 'Progress against expected' })).toHaveAttribute('aria-valuenow', '33');
    const attention = screen.getByRole('group', { name: 'At risk and off track' });
    expect(
      within(attention)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Fix churn <b>now</b>', 'Grow']);
    expect(screen.getByRole('group', { name: 'Distribution of progress' })).toHaveTextContent('0%–20%: 1 objective');
    expect(screen.getByRole('group', { name: 'Stale check-ins' })).toHaveTextContent('Churn below 2%');
    await expectNoAxeViolations(container);
  });

  it('has an empty state and renders on the server', async () => {
    const { container } = render(<CycleDashboard objectives={[]} />);
    expect(screen.getByText('No objectives in this cycle yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    expect(renderToString(<CycleDashboard objectives={objectives} locale="de" />)).toContain('Ziele nach Status');
  });

  describe('connected', () => {
    it('loads a cycle’s objectives for one owner', async () => {
      const { fetch, calls } = routedFetch({
        'GET /objectives': () => json({ items: objectives, nextCursor: null }),
        'GET /cycles': () =>
          json({ items: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false }] }),
      });
      renderConnected(<CycleDashboard cycleId="2026-Q1" ownerId="growth" />, fetch);
      expect(await screen.findByRole('heading', { name: /^Cycle Q1 2026/ })).toBeInTheDocument();
      expect(calls[0]?.path).toBe('/objectives?cycle=2026-Q1&limit=200&owner=growth');
    });

    const twoCycles = () =>
      json({
        items: [
          { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false },
          { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', closed: false },
        ],
      });

    it('at the close, carries an unfinished goal into the next cycle from the keyboard, once', async () => {
      const copies = [objectiveFixture({ id: 'b-copy', cycleId: '2026-Q2', state: 'draft', carriedFrom: 'b' })];
      const { fetch: route, calls } = routedFetch({
        'GET /objectives': () => json({ items: objectives, nextCursor: null }),
        'GET /cycles': twoCycles,
        'POST /objectives/a/duplicate': () => {
          const copy = objectiveFixture({ id: 'a-copy', cycleId: '2026-Q2', state: 'draft', carriedFrom: 'a' });
          copies.push(copy);
          return json(copy, 201);
        },
      });
      // The Q2 list answers with the copies so far.
      const fetch: typeof route = (input, init) =>
        String(input).includes('cycle=2026-Q2')
          ? Promise.resolve(json({ items: copies, nextCursor: null }))
          : route(input, init);
      const carried: unknown[] = [];
      const { container } = renderConnected(
        <CycleDashboard cycleId="2026-Q1" now="2026-03-25T00:00:00Z" onCarryOver={(d) => carried.push(d)} />,
        fetch,
      );
      const carry = await screen.findByRole('group', { name: 'Unfinished at the close' });
      // "Grow" was carried before: no second button for it.
      await waitFor(() => expect(within(carry).getAllByRole('button')).toHaveLength(2));
      expect(within(carry).getAllByRole('listitem')[1]).toHaveTextContent('Carried over to Q2 2026 as a draft.');
      const user = userEvent.setup();
      const button = within(carry).getByRole('button', { name: 'Carry over to Q2 2026: Fix churn <b>now</b>' });
      while (document.activeElement !== button) await user.tab();
      await user.keyboard('{Enter}');
      const item = within(carry).getAllByRole('listitem')[0] as HTMLElement;
      await waitFor(() =>
        expect(within(item).getByRole('status')).toHaveTextContent('Carried over to Q2 2026 as a draft.'),
      );
      // The button went away; the focus stays where the person was.
      await waitFor(() => expect(document.activeElement).toBe(within(item).getByRole('status')));
      expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
        ['/objectives/a/duplicate', { cycleId: '2026-Q2' }],
      ]);
      expect(carried).toEqual([{ objectiveId: 'a', cycleId: '2026-Q2', copyId: 'a-copy' }]);
      await expectNoAxeViolations(container);
    });

    it('says so when carrying over fails, and lets the person try again', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives': () => json({ items: objectives.slice(2), nextCursor: null }),
        'GET /cycles': twoCycles,
        'POST /objectives/c/duplicate': () =>
          fail ? problem(503) : json(objectiveFixture({ id: 'c-copy', cycleId: '2026-Q2', carriedFrom: 'c' }), 201),
      });
      renderConnected(<CycleDashboard cycleId="2026-Q1" now="2026-04-03T00:00:00Z" />, fetch);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Carry over to Q2 2026: Ship' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('It could not be carried over.');
      fail = false;
      await user.click(screen.getByRole('button', { name: 'Carry over to Q2 2026: Ship' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Carried over to Q2 2026 as a draft.'));
    });
  });

  it('presentational: offers nothing before the close, then asks the page and waits for its answer', async () => {
    const props = {
      objectives: objectives.slice(1),
      cycle: { name: 'Q1 2026', end: '2026-03-31' },
      nextCycle: { id: '2026-Q2', name: 'Q2 2026' },
    };
    const { rerender } = render(<CycleDashboard {...props} now="2026-02-01T00:00:00Z" />);
    expect(screen.queryByRole('group', { name: 'Unfinished at the close' })).toBeNull();
    let answer: (() => void) | undefined;
    const asked: unknown[] = [];
    const onCarryOver = (detail: unknown) => {
      asked.push(detail);
      return new Promise<void>((resolve) => (answer = resolve));
    };
    rerender(<CycleDashboard {...props} now="2026-03-30T00:00:00Z" onCarryOver={onCarryOver} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Carry over to Q2 2026: Grow' }));
    expect(asked).toEqual([{ objectiveId: 'b', cycleId: '2026-Q2' }]);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Carrying over…');
    expect(screen.getByRole('button', { name: 'Carry over to Q2 2026: Grow' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    answer?.();
    await waitFor(() =>
      expect(screen.getAllByRole('status')[0]).toHaveTextContent('Carried over to Q2 2026 as a draft.'),
    );
  });
});
