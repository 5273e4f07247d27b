import { render, screen } from '@testing-library/react';
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
});
