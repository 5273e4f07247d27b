import { render, screen, waitFor } from '@testing-library/react';
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
import { KeyResult } from './KeyResult.js';

const now = '2026-02-15T09:00:00Z';

describe('<KeyResult>', () => {
  it('shows the title, a value text for its type, a meter, status, confidence and last check-in', async () => {
    const { container } = render(<KeyResult keyResult={keyResultFixture()} now={now} />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'Raise week-1 activation from 20% to 35%' }),
    ).toBeInTheDocument();
    expect(screen.getByText('27 of 35 % (from 20)')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Raise week-1 activation from 20% to 35%' })).toHaveAttribute(
      'aria-valuetext',
      '47%, on track, 51% expected by today',
    );
    expect(screen.getByText('on track')).toBeInTheDocument();
    expect(screen.getByText('Confidence: high')).toBeInTheDocument();
    expect(screen.getByText('Last check-in 5 days ago')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('lists milestones with their state in words', async () => {
    const kr = keyResultFixture({
      type: 'milestones',
      milestones: [
        { title: 'Design approved', done: true },
        { title: 'Beta shipped', done: false },
      ],
    });
    const { container } = render(<KeyResult keyResult={kr} now={now} />);
    expect(screen.getByText('1 of 2 milestones')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Milestones' });
    expect(list).toHaveTextContent('Design approved (done)');
    expect(list).toHaveTextContent('Beta shipped (open)');
    await expectNoAxeViolations(container);
  });

  it('says "Done" for a finished boolean key result, in German too', () => {
    render(<KeyResult keyResult={keyResultFixture({ type: 'boolean', current: true })} locale="de" now={now} />);
    expect(screen.getByText('Erledigt')).toBeInTheDocument();
    expect(screen.getByText('Letztes Update vor 5 Tagen')).toBeInTheDocument();
  });

  it('renders a script-like title as text', () => {
    render(<KeyResult keyResult={keyResultFixture({ title: '<img src=x onerror=alert(1)>' })} />);
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('renders on the server', () => {
    const html = renderToString(<KeyResult keyResult={keyResultFixture()} now={now} />);
    expect(html).toContain('data-scope="key-result"');
    expect(html).toContain('27 of 35');
  });

  describe('connected', () => {
    it('loads the key result through the client, showing a loading state first', async () => {
      const { fetch, calls } = routedFetch({ 'GET /objectives/o1': () => json(objectiveFixture()) });
      renderConnected(<KeyResult objectiveId="o1" keyResultId="kr1" now={now} />, fetch);
      expect(screen.getByRole('status')).toHaveTextContent('Loading…');
      expect(await screen.findByText('27 of 35 % (from 20)')).toBeInTheDocument();
      expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /objectives/o1']);
    });

    it('shows an error with a retry that loads again', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => (fail ? problem(503, {}, { 'retry-after': '0' }) : json(objectiveFixture())),
      });
      const { container } = renderConnected(<KeyResult objectiveId="o1" keyResultId="kr1" />, fetch);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('This could not be loaded.');
      await expectNoAxeViolations(container);
      fail = false;
      screen.getByRole('button', { name: 'Try again' }).click();
      expect(await screen.findByText('27 of 35 % (from 20)')).toBeInTheDocument();
    });
  });

  describe('where the value comes from', () => {
    const pulled = (lastSync: { at: string; ok: boolean; error?: string | null; recorded?: number } | null = null) =>
      keyResultFixture({
        source: { mode: 'pull', connector: 'http-json', config: { url: 'https://metrics.test/a' }, lastSync },
      });

    it('says nothing for people checking in, and that a system sends the values for a push', () => {
      const { rerender } = render(<KeyResult keyResult={keyResultFixture()} now={now} />);
      expect(document.querySelector('[data-part="source"]')).toBeNull();
      rerender(<KeyResult keyResult={keyResultFixture({ source: { mode: 'push' } })} now={now} />);
      expect(screen.getByText('Values from a system')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Sync now/ })).toBeNull();
    });

    it('names the connector and the last sync, or that it has not synced yet', async () => {
      const { rerender, container } = render(
        <KeyResult keyResult={pulled({ at: '2026-02-15T07:00:00Z', ok: true })} now={now} />,
      );
      expect(screen.getByText('From JSON over HTTP · synced 2 hours ago')).toBeInTheDocument();
      await expectNoAxeViolations(container);
      rerender(<KeyResult keyResult={pulled()} now={now} />);
      expect(screen.getByText('From JSON over HTTP · not synced yet')).toBeInTheDocument();
    });

    it('shows a failed sync and its error as text, never as markup', async () => {
      const error = '<b>the host metrics.test is not allowed</b>';
      const { container } = render(
        <KeyResult keyResult={pulled({ at: '2026-02-15T08:55:00Z', ok: false, error })} now={now} />,
      );
      const line = container.querySelector('[data-part="source"]');
      expect(line).toHaveTextContent(`Sync failed 5 minutes ago: ${error}`);
      expect(line).toHaveAttribute('data-state', 'failed');
      expect(container.querySelector('b')).toBeNull();
      await expectNoAxeViolations(container);
    });

    it('offers Sync now only when asked to, and tells the outcome politely', async () => {
      const { rerender } = render(<KeyResult keyResult={pulled()} now={now} />);
      expect(screen.queryByRole('button', { name: /Sync now/ })).toBeNull();
      let answer: (value: unknown) => void = () => {};
      const onSync = (detail: unknown) => {
        expect(detail).toEqual({ keyResultId: 'kr1', objectiveId: 'o1' });
        return new Promise((resolve) => {
          answer = resolve;
        });
      };
      rerender(<KeyResult keyResult={pulled()} now={now} canSync onSync={onSync} />);
      const button = screen.getByRole('button', { name: 'Sync now: Raise week-1 activation from 20% to 35%' });
      await userEvent.click(button);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('Syncing…');
      answer({ lastSync: { at: now, ok: true, recorded: 2 } });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Synced: 2 values recorded.'));
      expect(button).not.toHaveAttribute('aria-disabled');
    });

    describe('connected', () => {
      const editable = (kr = pulled()) => objectiveFixture({ allowedTransitions: ['close'], keyResults: [kr] });

      it('Sync now calls the route and shows the new state', async () => {
        let objective = editable();
        const lastSync = { at: '2026-02-15T08:59:00Z', ok: true, recorded: 1 };
        const { fetch, calls } = routedFetch({
          'GET /objectives/o1': () => json(objective),
          'POST /key-results/kr1/sync': () => {
            const keyResult = pulled(lastSync);
            objective = editable(keyResult);
            return json({ keyResult, objective, lastSync });
          },
          'GET /key-results/kr1/check-ins': () => json({ items: [] }),
        });
        const { container } = renderConnected(<KeyResult objectiveId="o1" keyResultId="kr1" now={now} />, fetch);
        expect(await screen.findByText('From JSON over HTTP · not synced yet')).toBeInTheDocument();
        await expectNoAxeViolations(container);
        await userEvent.click(screen.getByRole('button', { name: /^Sync now/ }));
        expect(await screen.findByText('From JSON over HTTP · synced 1 minute ago')).toBeInTheDocument();
        expect(screen.getByRole('status')).toHaveTextContent('Synced: 1 value recorded.');
        expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/key-results/kr1/sync']);
        await expectNoAxeViolations(container);
      });

      it('shows a failed pull in words', async () => {
        const lastSync = { at: '2026-02-15T08:59:00Z', ok: false, error: 'value at "$.total" is <b>not</b> a number' };
        const { fetch } = routedFetch({
          'GET /objectives/o1': () => json(editable()),
          'POST /key-results/kr1/sync': () => {
            const keyResult = pulled(lastSync);
            return json({ keyResult, objective: editable(keyResult), lastSync });
          },
          'GET /key-results/kr1/check-ins': () => json({ items: [] }),
        });
        const { container } = renderConnected(<KeyResult objectiveId="o1" keyResultId="kr1" now={now} />, fetch);
        await userEvent.click(await screen.findByRole('button', { name: /^Sync now/ }));
        expect(
          await screen.findByText('Sync failed 1 minute ago: value at "$.total" is <b>not</b> a number'),
        ).toBeInTheDocument();
        expect(screen.getByRole('status')).toHaveTextContent('Sync failed: value at "$.total" is <b>not</b> a number');
        expect(container.querySelector('b')).toBeNull();
        await expectNoAxeViolations(container);
      });

      it("says a refused request in the server's words, and offers no Sync now to people who may not edit", async () => {
        const { fetch } = routedFetch({
          'GET /objectives/o1': () => json(editable()),
          'POST /key-results/kr1/sync': () =>
            problem(400, { errors: [{ path: 'state', message: 'the goal is closed: reopen it to record values' }] }),
        });
        renderConnected(<KeyResult objectiveId="o1" keyResultId="kr1" now={now} />, fetch);
        await userEvent.click(await screen.findByRole('button', { name: /^Sync now/ }));
        expect(
          await screen.findByText('Could not sync: the goal is closed: reopen it to record values'),
        ).toBeInTheDocument();

        const readOnly = routedFetch({
          'GET /objectives/o1': () => json(objectiveFixture({ allowedTransitions: [], keyResults: [pulled()] })),
        });
        renderConnected(<KeyResult objectiveId="o1" keyResultId="kr1" now={now} />, readOnly.fetch);
        await waitFor(() => expect(screen.getAllByText('From JSON over HTTP · not synced yet')).toHaveLength(2));
        expect(screen.getAllByRole('button', { name: /^Sync now/ })).toHaveLength(1);
      });
    });
  });
});
