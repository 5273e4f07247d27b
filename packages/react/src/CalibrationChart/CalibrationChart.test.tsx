import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hiddenCalibration, overConfident, wellCalibrated } from '../../../../.storybook/analyticsFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { CalibrationChart } from './CalibrationChart.js';

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('<CalibrationChart>', () => {
  it('says over-confidence in words, and has the bins as a table beside a labelled chart', async () => {
    const { container } = render(<CalibrationChart calibration={overConfident()} />);
    expect(screen.getByRole('region', { name: 'Confidence calibration' })).toBeInTheDocument();
    expect(screen.getByText('Stated 72%, achieved 55%: over-confident by 17 points')).toBeInTheDocument();
    expect(screen.getByText(/^Brier score 0\.24/)).toBeInTheDocument();
    expect(screen.getByText('Skill score 0.03: better than always saying the overall rate of 55%')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Reliability diagram/ })).toBeInTheDocument();
    expect(container.querySelectorAll('circle')).toHaveLength(5);
    expect(cells(screen.getByRole('table', { name: 'Stated confidence and what was achieved' }))).toEqual([
      ['Stated confidence', 'Key results', 'Mean stated', 'Achieved'],
      ['30% – 40%', '5', '35%', '30%'],
      ['50% – 60%', '12', '55%', '45%'],
      ['70% – 80%', '21', '75%', '55%'],
      ['80% – 90%', '16', '85%', '62%'],
      ['90% – 100%', '6', '95%', '70%'],
    ]);
    await expectNoAxeViolations(container);
  });

  it('switches the fraction from the keyboard', async () => {
    const user = userEvent.setup();
    const onFractionChange = vi.fn();
    render(<CalibrationChart calibration={overConfident()} onFractionChange={onFractionChange} />);
    const group = screen.getByRole('group', { name: 'Confidence stated' });
    const half = within(group).getByRole('radio', { name: '50% through the cycle' });
    expect(half).toBeChecked();
    await user.click(half);
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: '75% through the cycle' })).toBeChecked();
    expect(onFractionChange).toHaveBeenLastCalledWith(0.75);
    expect(screen.getByText('Stated 66%, achieved 57%: over-confident by 9 points')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(5);
  });

  it('calls a well-calibrated team well calibrated, and a hidden one hidden with the reason', async () => {
    const { unmount } = render(<CalibrationChart calibration={wellCalibrated()} />);
    expect(screen.getByText('Stated 60%, achieved 59%: well calibrated (1 point apart)')).toBeInTheDocument();
    unmount();
    const { container } = render(<CalibrationChart calibration={hiddenCalibration()} />);
    expect(screen.getByText('Hidden: counts 4 people; figures are shown for groups of 5 or more')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  describe('connected', () => {
    it('shows the calibration of GET /analytics for its cycle and owner, at its fraction', async () => {
      const { fetch, calls } = routedFetch({
        'GET /analytics': () =>
          json({ cycleId: 'q1-2026', ownerId: 'sales', asOf: '2026-02-15', k: 5, calibration: overConfident() }),
      });
      renderConnected(<CalibrationChart cycle="q1-2026" owner="sales" fraction={0.75} />, fetch);
      expect(await screen.findByText('Stated 66%, achieved 57%: over-confident by 9 points')).toBeInTheDocument();
      const path = calls.find((c) => c.path.startsWith('/analytics'))?.path ?? '';
      expect(new URL(path, 'http://x').searchParams.get('owner')).toBe('sales');
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /analytics': () => problem(503) });
      renderConnected(<CalibrationChart cycle="q1-2026" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
    });
  });
});
