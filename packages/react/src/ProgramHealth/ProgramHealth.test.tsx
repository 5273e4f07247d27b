import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { healthyProgram, orphanTitles, smallTeamProgram } from '../../../../.storybook/analyticsFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { ProgramHealth } from './ProgramHealth.js';

describe('<ProgramHealth>', () => {
  it('shows each figure in words, the orphans by title, bands as numbers and words, and the trend as a table', async () => {
    const { container } = render(<ProgramHealth health={healthyProgram()} objectives={orphanTitles()} />);
    const root = screen.getByRole('region', { name: 'Program health: Q1 2026' });
    expect(within(root).getByText('As of Feb 15, 2026')).toHaveAttribute('datetime', '2026-02-15');
    const checkIns = screen.getByRole('group', { name: 'Check-ins' });
    expect(within(checkIns).getByText('Check-in rate').nextElementSibling).toHaveTextContent(
      '83%38 of 46 active key results checked in within their cadence',
    );
    expect(within(checkIns).getByText('4 days')).toBeInTheDocument();
    const alignment = screen.getByRole('group', { name: 'Alignment' });
    expect(
      within(within(alignment).getByRole('list', { name: 'Not aligned' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Tidy up the partner wiki', 'Run a hack week']);
    expect(within(screen.getByRole('group', { name: 'Goal quality' })).getByText('74 of 100')).toBeInTheDocument();
    const bands = within(screen.getByRole('list', { name: 'Key results by grade' })).getAllByRole('listitem');
    expect(bands.map((b) => b.textContent)).toEqual([
      '21 green (0.7 or more)',
      '17 yellow (0.4 to 0.6)',
      '8 red (below 0.4)',
    ]);
    const table = screen.getByRole('table', { name: 'Trend over cycles' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Cycle', 'Check-in rate', 'Alignment', 'SMART score', 'Achieved'],
      ['Q3 2025', '58%', '71%', '61', '35%'],
      ['Q4 2025', '69%', '80%', '68', '42%'],
      ['Q1 2026', '83%', '87%', '74', '40%'],
    ]);
    await expectNoAxeViolations(container);
  });

  it('says why a hidden aggregate is hidden, never zeros', async () => {
    const { container } = render(<ProgramHealth health={smallTeamProgram()} />);
    const checkIns = screen.getByRole('group', { name: 'Check-ins' });
    expect(checkIns).toHaveTextContent('Hidden: counts 3 people; figures are shown for groups of 5 or more');
    expect(within(checkIns).queryByText(/^0/)).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Outcomes' })).toHaveTextContent(/^OutcomesHidden: counts 3 people/);
    expect(within(screen.getByRole('group', { name: 'Alignment' })).getByText('Objective o7')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByText('hidden').length).toBe(9);
    await expectNoAxeViolations(container);
  });

  describe('connected', () => {
    it('shows GET /analytics for its cycle and owner', async () => {
      const { fetch, calls } = routedFetch({
        'GET /analytics': () => json({ ...healthyProgram(), ownerId: 'growth', k: 5 }),
      });
      renderConnected(<ProgramHealth cycle="q1-2026" owner="growth" />, fetch);
      expect(await screen.findByRole('heading', { level: 2, name: 'Program health: Q1 2026' })).toBeInTheDocument();
      const path = calls.find((c) => c.path.startsWith('/analytics'))?.path ?? '';
      expect(new URL(path, 'http://x').searchParams.get('cycle')).toBe('q1-2026');
      expect(new URL(path, 'http://x').searchParams.get('owner')).toBe('growth');
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /analytics': () => problem(503) });
      renderConnected(<ProgramHealth cycle="q1-2026" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
