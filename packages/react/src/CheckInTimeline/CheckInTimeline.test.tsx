import { render, screen, within } from '@testing-library/react';
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
import { CheckInTimeline } from './CheckInTimeline.js';

const checkIns = [
  { id: 'c1', keyResultId: 'kr1', at: '2026-01-15T09:00:00Z', value: 21, confidence: 0.5, note: null, authorId: 'u' },
  {
    id: 'c2',
    keyResultId: 'kr1',
    at: '2026-02-10T09:00:00Z',
    value: 27,
    confidence: 0.8,
    note: '<img src=x onerror=alert(1)>',
    authorId: 'u',
  },
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

describe('<CheckInTimeline>', () => {
  it('draws a chart named by a sentence, and lists every check-in in a table', async () => {
    const { container } = render(<CheckInTimeline keyResult={kr} checkIns={checkIns} cycle={cycle} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      /^2 check-ins from Jan 15, 2026 to Feb 10, 2026; latest value 27\s%; expected 35\s% by Mar 31, 2026; forecast 33\s% at the end of the cycle$/,
    );
    const table = screen.getByRole('table', { name: 'Check-ins' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Feb 10, 2026\s*27\s%\s*high\s*<img src=x onerror=alert\(1\)>/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-part="forecast"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says where a system’s value came from, in words inside its row; a person’s row has no label', async () => {
    const sourced = [
      ...checkIns,
      {
        id: 'c3',
        keyResultId: 'kr1',
        at: '2026-02-20T09:00:00Z',
        value: 29,
        confidence: null,
        note: null,
        authorId: 'u',
        source: 'api' as const,
        sourceRef: '<b>warehouse run 41</b>',
      },
      {
        id: 'c4',
        keyResultId: 'kr1',
        at: '2026-02-24T09:00:00Z',
        value: 30,
        confidence: null,
        note: null,
        authorId: 'u',
        source: 'connector' as const,
      },
    ];
    const { container } = render(<CheckInTimeline keyResult={kr} checkIns={sourced} cycle={cycle} />);
    const rows = within(screen.getByRole('table', { name: 'Check-ins' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^Feb 24, 2026\s*30\s% From a connector\s*—$/);
    expect(rows[2]).toHaveTextContent(/^Feb 20, 2026\s*29\s% From a system · <b>warehouse run 41<\/b>\s*—$/);
    expect(within(rows[2] as HTMLElement).getByText('From a system · <b>warehouse run 41</b>')).toBeVisible();
    expect(container.querySelector('b')).toBeNull();
    expect(rows[3]).not.toHaveTextContent(/From a/);
    expect(container.querySelectorAll('[data-part="source"]')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('says where a value came from in German', () => {
    const sourced = [
      {
        id: 'c9',
        at: '2026-02-20',
        value: 29,
        confidence: null,
        note: null,
        source: 'api' as const,
        sourceRef: 'Lauf 7',
      },
    ];
    render(<CheckInTimeline keyResult={kr} checkIns={sourced} cycle={cycle} locale="de" />);
    expect(screen.getByText('Von einem System · Lauf 7')).toBeInTheDocument();
  });

  it('says when there are no check-ins yet', async () => {
    const { container } = render(<CheckInTimeline keyResult={kr} checkIns={[]} cycle={cycle} locale="de" />);
    expect(screen.getByText('Noch keine Updates.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    expect(renderToString(<CheckInTimeline keyResult={kr} checkIns={checkIns} cycle={cycle} />)).toContain('<svg');
  });

  describe('connected', () => {
    it('loads the key result, its check-ins and cycle; an error offers a retry', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ keyResults: [kr] })),
        'GET /key-results/kr1/check-ins': () =>
          fail ? problem(503, {}, { 'retry-after': '0' }) : json({ items: checkIns }),
        'GET /cycles': () => json({ items: [cycle] }),
      });
      renderConnected(<CheckInTimeline objectiveId="o1" keyResultId="kr1" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      fail = false;
      screen.getByRole('button', { name: 'Try again' }).click();
      expect(await screen.findByRole('table', { name: 'Check-ins' })).toBeInTheDocument();
    });
  });
});
