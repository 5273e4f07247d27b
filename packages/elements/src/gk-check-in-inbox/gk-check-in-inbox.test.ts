import type { DueCheckInData } from '@goalkit/core/connect';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-check-in-inbox.js';
import { axeViolations } from '../../test/axe.js';
import {
  expectFocus,
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  problem,
  record,
  routedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkCheckInEvent } from '../events.js';
import type { GkCheckInInbox } from './gk-check-in-inbox.js';

const owed = (overrides: Partial<DueCheckInData>): DueCheckInData => ({
  keyResultId: 'kr1',
  objectiveId: 'o1',
  recipientId: 'u1',
  dueAt: '2026-02-16T08:00:00Z',
  state: 'due',
  lastCheckInAt: '2026-02-10',
  policyOwnerId: 'org',
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
const items = [
  owed({ keyResultId: 'kr1' }),
  owed({ keyResultId: 'kr2', dueAt: '2026-02-09T08:00:00Z', state: 'overdue', lastCheckInAt: null }),
];
const now = '2026-02-16T12:00:00Z';

async function inbox(value: DueCheckInData[], withObjectives = objectives) {
  const element = mount<GkCheckInInbox>('<gk-check-in-inbox></gk-check-in-inbox>', 'gk-check-in-inbox');
  element.items = value;
  element.objectives = withObjectives;
  element.now = now;
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-check-in-inbox>', () => {
  it('lists overdue first, opens a check-in with the keyboard, and Escape returns focus', async () => {
    const element = await inbox(items);
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('Check-ins you owe (2 check-ins, 1 overdue)');
    await expect
      .element(page.getByRole('heading', { level: 3 }).first())
      .toHaveTextContent('Cut time to first value to 2 days');
    await expect.element(page.getByText('Overdue since Mon, Feb 9')).toBeVisible();
    await expect.element(page.getByText('Last check-in: never')).toBeVisible();
    const toggle = page.getByRole('button', { name: 'Check in on “Cut time to first value to 2 days”' });
    element.focus();
    await userEvent.tab();
    await expectFocus(toggle);
    await userEvent.keyboard('{Enter}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectFocus(page.getByRole('textbox', { name: 'New value (days)' }));
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await expectFocus(toggle);
  });

  it('checks in inline, announces it and puts focus on the heading; Cancel returns focus', async () => {
    const element = await inbox(items);
    const checkIns = record<GkCheckInEvent>(document, 'gk-check-in');
    element.addEventListener('gk-check-in', (event) => (event as GkCheckInEvent).waitUntil(Promise.resolve()));
    const toggle = page.getByRole('button', { name: 'Check in on “Raise week-1 activation from 20% to 35%”' });
    await toggle.click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectFocus(toggle);
    await toggle.click();
    await page.getByRole('textbox', { name: 'New value (%)' }).fill('30');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    expect(checkIns.map((e) => e.detail)).toEqual([expect.objectContaining({ keyResultId: 'kr1', value: 30 })]);
    await expect
      .element(page.getByText('Checked in on “Raise week-1 activation from 20% to 35%”.'))
      .toHaveAttribute('role', 'status');
    await expectFocus(page.getByRole('heading', { level: 2 }));
  });

  it('keeps one check-in open: opening another row closes the first and moves focus into the new form', async () => {
    await inbox(items);
    const first = page.getByRole('button', { name: 'Check in on “Cut time to first value to 2 days”' });
    const second = page.getByRole('button', { name: 'Check in on “Raise week-1 activation from 20% to 35%”' });
    await first.click();
    await expectFocus(page.getByRole('textbox', { name: 'New value (days)' }));
    await second.click();
    await expect.element(first).toHaveAttribute('aria-expanded', 'false');
    await expect.element(second).toHaveAttribute('aria-expanded', 'true');
    await expectFocus(page.getByRole('textbox', { name: 'New value (%)' }));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expectFocus(second);
    await userEvent.keyboard('{Enter}');
    await expect.element(second).toHaveAttribute('aria-expanded', 'false');
    await expectFocus(second);
  });

  it('shows titles as text, and says when nothing is owed in German', async () => {
    await inbox([owed({})], [objectiveFixture({ keyResults: [keyResultFixture({ title: XSS })] })]);
    await expect.element(page.getByText(XSS, { exact: true }).first()).toBeVisible();
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
    document.body.replaceChildren();
    const element = await inbox([]);
    element.locale = 'de';
    await expect.element(page.getByText('Sie sind auf dem Laufenden: Kein Check-in ist fällig.')).toBeVisible();
  });

  describe('connected', () => {
    it('lists what the viewer owes, checks in through the client, and the row leaves', async () => {
      let checkedIn = false;
      const after = objectiveFixture({ version: 8, keyResults: [keyResultFixture({ current: 31, version: 4 })] });
      const { fetch, calls } = routedFetch({
        'GET /check-ins/due': () => json({ asOf: now, items: checkedIn ? [] : [owed({})] }),
        'GET /objectives/o1': () => json(checkedIn ? after : objectiveFixture()),
        'GET /cycles': () => json({ items: [] }),
        'POST /key-results/kr1/check-ins': () => {
          checkedIn = true;
          return json(
            {
              checkIn: {
                id: 'c9',
                keyResultId: 'kr1',
                at: now,
                value: 31,
                confidence: 0.9,
                note: null,
                authorId: 'u1',
              },
              keyResult: after.keyResults[0],
              objective: after,
            },
            201,
          );
        },
      });
      mountConnected('<gk-check-in-inbox></gk-check-in-inbox>', 'gk-check-in-inbox', fetch);
      await page.getByRole('button', { name: 'Check in on “Raise week-1 activation from 20% to 35%”' }).click();
      await page.getByRole('textbox', { name: 'New value (%)' }).fill('31');
      await page.getByRole('button', { name: 'Check in', exact: true }).click();
      await expect.element(page.getByText('You are up to date: no check-ins are due.')).toBeVisible();
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ value: 31, confidence: 0.9 });
    });

    it('shows an error with a retry when the list cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /check-ins/due': () => problem(503) });
      mountConnected('<gk-check-in-inbox></gk-check-in-inbox>', 'gk-check-in-inbox', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  });
});
