import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-program-health.js';
import { healthyProgram, orphanTitles, smallTeamProgram } from '../../../../.storybook/analyticsFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { json, mount, mountConnected, problem, routedFetch } from '../../test/connected.js';
import type { GkProgramHealth } from './gk-program-health.js';

async function health(value = healthyProgram(), objectives = orphanTitles()) {
  const element = mount<GkProgramHealth>('<gk-program-health></gk-program-health>', 'gk-program-health');
  element.health = value;
  element.objectives = objectives;
  await element.updateComplete;
  return element;
}
const cells = (table: Element) =>
  [...(table.querySelectorAll('tr') ?? [])].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
  );

afterEach(() => document.body.replaceChildren());

describe('<gk-program-health>', () => {
  it('shows each figure in words, bands as numbers and words, and the trend as a table', async () => {
    const element = await health();
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Program health: Q1 2026');
    const checkIns = page.getByRole('group', { name: 'Check-ins' });
    await expect.element(checkIns).toHaveTextContent(/Check-in rate\s*83%\s*38 of 46 active key results/);
    await expect
      .element(page.getByRole('list', { name: 'Not aligned' }))
      .toHaveTextContent(/Tidy up the partner wiki\s*Run a hack week/);
    expect(
      page
        .getByRole('list', { name: 'Key results by grade' })
        .getByRole('listitem')
        .elements()
        .map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['21 green (0.7 or more)', '17 yellow (0.4 to 0.6)', '8 red (below 0.4)']);
    const table = page.getByRole('table', { name: 'Trend over cycles' });
    await expect.element(table).toBeVisible();
    expect(cells(table.element())).toEqual([
      ['Cycle', 'Check-in rate', 'Alignment', 'SMART score', 'Achieved'],
      ['Q3 2025', '58%', '71%', '61', '35%'],
      ['Q4 2025', '69%', '80%', '68', '42%'],
      ['Q1 2026', '83%', '87%', '74', '40%'],
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('says why a hidden aggregate is hidden, in German too', async () => {
    const element = await health(smallTeamProgram(), []);
    await expect
      .element(page.getByRole('group', { name: 'Check-ins' }))
      .toHaveTextContent('Hidden: counts 3 people; figures are shown for groups of 5 or more');
    await expect.element(page.getByRole('group', { name: 'Alignment' })).toHaveTextContent('Objective o7');
    expect(await axeViolations(element)).toEqual([]);
    element.locale = 'de';
    await expect
      .element(page.getByRole('group', { name: 'Check-ins' }))
      .toHaveTextContent('Verborgen: zählt 3 Personen; Zahlen gibt es für Gruppen ab 5');
  });

  describe('connected', () => {
    it('shows GET /analytics for its cycle and owner', async () => {
      const { fetch, calls } = routedFetch({ 'GET /analytics': () => json(healthyProgram()) });
      mountConnected(
        '<gk-program-health cycle="q1-2026" owner="growth"></gk-program-health>',
        'gk-program-health',
        fetch,
      );
      await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Program health: Q1 2026');
      const path = calls.find((c) => c.path.startsWith('/analytics'))?.path ?? '';
      expect(new URL(path, 'http://x').searchParams.get('cycle')).toBe('q1-2026');
      expect(new URL(path, 'http://x').searchParams.get('owner')).toBe('growth');
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /analytics': () => problem(503) });
      mountConnected('<gk-program-health cycle="q1-2026"></gk-program-health>', 'gk-program-health', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  });
});
