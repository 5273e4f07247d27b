import { render, screen, within } from '@testing-library/react';
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
import { ObjectiveCard } from './ObjectiveCard.js';

const objective = objectiveFixture({
  keyResults: [
    keyResultFixture(),
    keyResultFixture({
      id: 'kr2',
      title: 'Cut setup time to 2 days',
      type: 'at-most',
      target: 2,
      unit: 'days',
      current: 3,
      weight: 1,
      score: { progress: 0.2, expected: 0.5, status: 'at-risk', confidence: null, hasData: true },
    }),
  ],
});

describe('<ObjectiveCard>', () => {
  it('shows title, owner, cycle, alignment, SMART score and rolled-up progress', async () => {
    const { container } = render(
      <ObjectiveCard
        objective={objective}
        ownerName="Growth team"
        cycleName="Q1 2026"
        parentTitle="Win SMB"
        smartScore={72}
      />,
    );
    const card = screen.getByRole('article', { name: 'Make onboarding effortless for new customers' });
    expect(within(card).getByText('Growth team')).toBeInTheDocument();
    expect(within(card).getByText('Q1 2026')).toBeInTheDocument();
    expect(within(card).getByText('Win SMB')).toBeInTheDocument();
    expect(within(card).getByText('SMART score 72 of 100')).toBeInTheDocument();
    expect(
      within(card).getByRole('meter', { name: 'Make onboarding effortless for new customers progress' }),
    ).toHaveAttribute('aria-valuenow', '47');
    await expectNoAxeViolations(container);
  });

  it('expands to show its key results, collapsed at first', async () => {
    const user = userEvent.setup();
    const { container } = render(<ObjectiveCard objective={objective} />);
    const toggle = screen.getByRole('button', {
      name: 'Show 2 key results of Make onboarding effortless for new customers',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('heading', { name: 'Cut setup time to 2 days' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(
      screen.getByRole('button', { name: 'Hide key results of Make onboarding effortless for new customers' }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { level: 4, name: 'Cut setup time to 2 days' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('explains why the progress is what it is', async () => {
    const user = userEvent.setup();
    render(<ObjectiveCard objective={objective} />);
    await user.click(
      screen.getByRole('button', { name: 'Explain progress of Make onboarding effortless for new customers' }),
    );
    expect(
      screen.getByRole('button', { name: 'Hide explanation of Make onboarding effortless for new customers' }),
    ).toBeInTheDocument();
    const panel = screen.getByRole('group', { name: 'Why the progress is 47%' });
    expect(
      within(panel).getByText('Raise week-1 activation from 20% to 35%: 47% × 67% weight = 31%'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Cut setup time to 2 days: 20% × 33% weight = 7%')).toBeInTheDocument();
  });

  it('names its buttons and its meter by its objective, so two cards on a page are told apart, in German too', () => {
    render(
      <>
        <ObjectiveCard objective={objective} />
        <ObjectiveCard objective={objectiveFixture({ id: 'o2', title: 'Win the SMB market' })} locale="de" />
      </>,
    );
    expect(screen.getAllByRole('button', { name: /^Show \d key results? of / }).map((b) => b.textContent)).toEqual([
      'Show 2 key results',
    ]);
    expect(screen.getByRole('button', { name: '1 Schlüsselergebnis anzeigen: Win the SMB market' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Fortschritt erklären: Win the SMB market' })).toBeVisible();
    expect(screen.getByRole('meter', { name: 'Fortschritt von Win the SMB market' })).toBeVisible();
    expect(screen.getByRole('meter', { name: `${objective.title} progress` })).toBeVisible();
    // The explanation panels are groups: a page of cards adds no landmarks.
    expect(screen.queryAllByRole('region')).toEqual([]);
  });

  it('renders long titles, XSS payloads and German on the server as text', () => {
    const html = renderToString(
      <ObjectiveCard
        objective={objectiveFixture({ title: `<script>alert(1)</script>${'Very long title '.repeat(30)}` })}
        locale="de"
      />,
    );
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Verantwortlich');
  });

  describe('connected', () => {
    it('loads the objective, its owner, cycle, parent and SMART score through the client', async () => {
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(objective),
        'GET /objectives/o0': () => json(objectiveFixture({ id: 'o0', title: 'Win the SMB market', parentId: null })),
        'GET /cycles': () =>
          json({ items: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false }] }),
        'GET /owners': () => json({ items: [{ id: 'growth', kind: 'team', name: 'Growth', parentId: null }] }),
        'GET /objectives/o1/lint': () =>
          json({
            objectiveId: 'o1',
            smart: { specific: 80, measurable: 90, achievable: 100, relevant: 60, timeBound: 100, overall: 86 },
            messages: [],
          }),
      });
      const { container } = renderConnected(<ObjectiveCard objectiveId="o1" />, fetch);
      expect(screen.getByRole('status')).toHaveTextContent('Loading…');
      expect(await screen.findByText('Win the SMB market')).toBeInTheDocument();
      expect(await screen.findByText('SMART score 86 of 100')).toBeInTheDocument();
      expect(screen.getByText('Q1 2026')).toBeInTheDocument();
      expect(screen.getByText('Growth')).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('tries the owner lookup again with the objective: a failed lookup never stays as the owner id', async () => {
      let fail = true;
      const unavailable = () => problem(503, {}, { 'retry-after': '0' });
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => (fail ? unavailable() : json(objectiveFixture({ parentId: null }))),
        'GET /cycles': () => json({ items: [] }),
        'GET /owners': () =>
          fail ? unavailable() : json({ items: [{ id: 'growth', kind: 'team', name: 'Growth team', parentId: null }] }),
      });
      renderConnected(<ObjectiveCard objectiveId="o1" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      fail = false;
      await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('Growth team')).toBeInTheDocument();
      expect(screen.queryByText('growth')).not.toBeInTheDocument();
    });

    it('says a goal it may not see (404) is not there or not visible, with no retry', async () => {
      const { fetch } = routedFetch({});
      const { container } = renderConnected(<ObjectiveCard objectiveId="private-1" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This goal does not exist or is not visible to you.');
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('shows each key result’s source, and syncs a pulled one through the client for people who may edit', async () => {
      const pull = (lastSync: { at: string; ok: boolean; error?: string } | null) =>
        keyResultFixture({ source: { mode: 'pull', connector: 'csv', config: { file: 'a.csv' }, lastSync } });
      const withSource = (kr = pull(null)) =>
        objectiveFixture({
          parentId: null,
          keyResults: [kr, keyResultFixture({ id: 'kr2', source: { mode: 'push' } })],
        });
      const lastSync = { at: '2026-02-15T08:59:00Z', ok: false, error: 'the CSV has no column "n"' };
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(withSource()),
        'GET /cycles': () => json({ items: [] }),
        'GET /owners': () => json({ items: [] }),
        'POST /key-results/kr1/sync': () => {
          const keyResult = pull(lastSync);
          return json({ keyResult, objective: withSource(keyResult), lastSync });
        },
        'GET /key-results/kr1/check-ins': () => json({ items: [] }),
      });
      const user = userEvent.setup();
      const { container } = renderConnected(
        <ObjectiveCard objectiveId="o1" defaultExpanded now="2026-02-15T09:00:00Z" />,
        fetch,
      );
      expect(await screen.findByText('From CSV file or URL · not synced yet')).toBeInTheDocument();
      expect(screen.getByText('Values from a system')).toBeInTheDocument();
      expect(screen.getAllByRole('button', { name: /^Sync now/ })).toHaveLength(1);
      await user.click(screen.getByRole('button', { name: /^Sync now/ }));
      expect(await screen.findByText('Sync failed 1 minute ago: the CSV has no column "n"')).toBeInTheDocument();
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/key-results/kr1/sync']);
      await expectNoAxeViolations(container);
    });
  });
});
