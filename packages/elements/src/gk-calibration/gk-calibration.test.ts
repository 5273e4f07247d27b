import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-calibration.js';
import { hiddenCalibration, overConfident, wellCalibrated } from '../../../../.storybook/analyticsFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { json, mount, mountConnected, problem, routedFetch } from '../../test/connected.js';
import type { GkCalibration } from './gk-calibration.js';

async function chart(value = overConfident()) {
  const element = mount<GkCalibration>('<gk-calibration></gk-calibration>', 'gk-calibration');
  element.calibration = value;
  await element.updateComplete;
  return element;
}
const cells = (table: Element) =>
  [...table.querySelectorAll('tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));

afterEach(() => document.body.replaceChildren());

describe('<gk-calibration>', () => {
  it('says over-confidence in words, and has the bins as a table beside a labelled chart', async () => {
    const element = await chart();
    await expect.element(page.getByText('Stated 72%, achieved 55%: over-confident by 17 points')).toBeVisible();
    await expect.element(page.getByRole('img', { name: /^Reliability diagram/ })).toBeVisible();
    expect(element.shadowRoot?.querySelectorAll('circle')).toHaveLength(5);
    const table = page.getByRole('table', { name: 'Stated confidence and what was achieved' });
    expect(cells(table.element())).toEqual([
      ['Stated confidence', 'Key results', 'Mean stated', 'Achieved'],
      ['30% – 40%', '5', '35%', '30%'],
      ['50% – 60%', '12', '55%', '45%'],
      ['70% – 80%', '21', '75%', '55%'],
      ['80% – 90%', '16', '85%', '62%'],
      ['90% – 100%', '6', '95%', '70%'],
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('switches the fraction from the keyboard', async () => {
    const element = await chart();
    const half = page.getByRole('radio', { name: '50% through the cycle' });
    await expect.element(half).toBeChecked();
    await userEvent.click(half);
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('radio', { name: '75% through the cycle' })).toBeChecked();
    expect(element.fraction).toBe(0.75);
    await expect.element(page.getByText('Stated 66%, achieved 57%: over-confident by 9 points')).toBeVisible();
  });

  it('calls a well-calibrated team well calibrated, and a hidden one hidden with the reason', async () => {
    await chart(wellCalibrated());
    await expect.element(page.getByText('Stated 60%, achieved 59%: well calibrated (1 point apart)')).toBeVisible();
    document.body.replaceChildren();
    const element = await chart(hiddenCalibration());
    await expect
      .element(page.getByText('Hidden: counts 4 people; figures are shown for groups of 5 or more'))
      .toBeVisible();
    expect(element.shadowRoot?.querySelector('table')).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
  });

  describe('connected', () => {
    it('shows the calibration of GET /analytics at its fraction', async () => {
      const { fetch, calls } = routedFetch({
        'GET /analytics': () =>
          json({ cycleId: 'q1-2026', ownerId: 'sales', asOf: '2026-02-15', k: 5, calibration: overConfident() }),
      });
      mountConnected(
        '<gk-calibration cycle="q1-2026" owner="sales" fraction="0.75"></gk-calibration>',
        'gk-calibration',
        fetch,
      );
      await expect.element(page.getByText('Stated 66%, achieved 57%: over-confident by 9 points')).toBeVisible();
      const path = calls.find((c) => c.path.startsWith('/analytics'))?.path ?? '';
      expect(new URL(path, 'http://x').searchParams.get('owner')).toBe('sales');
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /analytics': () => problem(503) });
      mountConnected('<gk-calibration cycle="q1-2026"></gk-calibration>', 'gk-calibration', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
    });
  });
});
