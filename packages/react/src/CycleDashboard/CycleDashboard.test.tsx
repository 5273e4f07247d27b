import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, keyResultFixture, objectiveFixture, renderConnected, routedFetch } from '../../test/connected.js';
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
  });
});
