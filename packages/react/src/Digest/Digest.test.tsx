import type { DigestData } from '@goalkit/core/connect';
import { render, screen, within } from '@testing-library/react';
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
import { Digest } from './Digest.js';

const XSS = '<img src=x onerror="globalThis.__gkPwned=1">';
const week = (overrides: Partial<DigestData> = {}): DigestData => ({
  ownerId: 'growth',
  ownerIds: ['growth', 'u1'],
  from: '2026-02-09',
  to: '2026-02-15',
  objectives: 1,
  checkIns: [{ objectiveId: 'o1', keyResultId: 'kr2', at: '2026-02-10T09:00:00Z', value: 3, confidence: 0.8 }],
  statusChanges: [{ objectiveId: 'o1', from: 'on-track', to: 'at-risk' }],
  newRisks: [{ objectiveId: 'o1', keyResultId: 'kr2', from: 'on-track', to: 'off-track' }],
  kudos: [{ objectiveId: 'o1', kind: 'kudos', authorId: 'u1', at: '2026-02-12T10:00:00Z', body: XSS }],
  quiet: [{ objectiveId: 'o1', keyResultId: 'kr1' }],
  ...overrides,
});
const objectives = [
  objectiveFixture({
    keyResults: [
      keyResultFixture(),
      keyResultFixture({ id: 'kr2', title: 'Cut time to first value to 2 days', unit: 'days', type: 'at-most' }),
    ],
  }),
];
const owners = [
  { id: 'growth', name: 'Growth team' },
  { id: 'u1', name: 'Ana Lopez' },
];

describe('<Digest>', () => {
  it('shows whose week, the figures and a headed list per change, statuses in words', async () => {
    const { container } = render(<Digest digest={week()} objectives={objectives} owners={owners} />);
    const root = screen.getByRole('region', { name: /^The week in Growth team’s goals, Feb 9\s–\s15, 2026$/ });
    expect(within(root).getByText('1 objective, including 1 team or person below')).toBeInTheDocument();
    const figures = within(screen.getByRole('list', { name: 'This week in numbers' })).getAllByRole('listitem');
    expect(figures.map((f) => f.textContent)).toEqual([
      '1 status change',
      '1 new risk',
      '1 check-in',
      '1 kudos',
      '1 key result without a check-in',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Status changes',
      'New risks',
      'Check-ins',
      'Kudos',
      'No check-in yet',
    ]);
    const changes = screen.getByRole('region', { name: 'Status changes' });
    expect(within(changes).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Make onboarding effortless for new customers',
    );
    expect(within(changes).getByRole('listitem')).toHaveTextContent('was on track now at risk');
    const risks = screen.getByRole('region', { name: 'New risks' });
    expect(within(risks).getByRole('listitem')).toHaveTextContent('was on track now off track');
    const checkIns = screen.getByRole('region', { name: 'Check-ins' });
    expect(within(checkIns).getByText('3 days, high confidence')).toBeInTheDocument();
    expect(within(checkIns).getByText('Tue, Feb 10')).toHaveAttribute('datetime', '2026-02-10T09:00:00Z');
    const kudos = screen.getByRole('region', { name: 'Kudos' });
    expect(within(kudos).getByRole('heading', { level: 4 })).toHaveTextContent('Kudos from Ana Lopez');
    expect(within(kudos).getByText(XSS)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'No check-in yet' })).getByRole('heading', { level: 4 }),
    ).toHaveTextContent('Raise week-1 activation from 20% to 35%');
    await expectNoAxeViolations(container);
  });

  it('names what it does not know neutrally, never by id or blank', () => {
    render(<Digest digest={week()} objectives={[]} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: /^The week in goals, Feb 9/ })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual([
      'An objective',
      'A key result',
      'A key result',
      'Kudos from Someone',
      'A key result',
    ]);
    expect(screen.queryByText(/kr\d|o1/)).not.toBeInTheDocument();
  });

  it('says a quiet week is quiet, in German too', () => {
    const quiet = week({ checkIns: [], statusChanges: [], newRisks: [], kudos: [], quiet: [] });
    const { unmount } = render(<Digest digest={quiet} objectives={objectives} />);
    expect(screen.getByText('A quiet week: nothing changed.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    unmount();
    render(<Digest digest={quiet} objectives={objectives} locale="de" />);
    expect(screen.getByText('Eine ruhige Woche: Nichts hat sich geändert.')).toBeInTheDocument();
  });

  describe('connected', () => {
    it('shows the digest of GET /digest with the titles of its objectives and the owners’ names', async () => {
      const { fetch, calls } = routedFetch({
        'GET /digest': () => json(week()),
        'GET /objectives/o1': () => json(objectives[0]),
        'GET /owners': () =>
          json({ items: owners.map((o) => ({ ...o, kind: o.id === 'u1' ? 'person' : 'team', parentId: null })) }),
      });
      renderConnected(<Digest owner="growth" from="2026-02-09" to="2026-02-15" />, fetch);
      expect(
        await screen.findByRole('heading', { level: 2, name: /^The week in Growth team’s goals/ }),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 4, name: 'Kudos from Ana Lopez' })).toBeInTheDocument();
      expect(
        screen.getByRole('heading', { level: 4, name: 'Make onboarding effortless for new customers' }),
      ).toBeInTheDocument();
      const path = calls.find((c) => c.path.startsWith('/digest'))?.path ?? '';
      expect(new URL(path, 'http://x').searchParams.get('owner')).toBe('growth');
      expect(new URL(path, 'http://x').searchParams.get('from')).toBe('2026-02-09');
    });

    it('shows an error with a retry when the digest cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /digest': () => problem(503), 'GET /owners': () => json({ items: [] }) });
      renderConnected(<Digest />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
