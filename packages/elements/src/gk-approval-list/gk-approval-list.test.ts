import type { ApprovalItemData } from '@goalkit/core/connect';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-approval-list.js';
import { axeViolations } from '../../test/axe.js';
import {
  expectFocus,
  json,
  mount,
  mountConnected,
  objectiveFixture,
  problem,
  record,
  routedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkTransitionEvent } from '../events.js';
import type { GkApprovalList } from './gk-approval-list.js';

const item = (id: string, title: string, proposedAt: string): ApprovalItemData => ({
  objective: objectiveFixture({ id, title, state: 'proposed', allowedTransitions: ['approve', 'return'] }),
  ownerName: 'Ana Lima',
  proposedAt,
  proposedByName: 'Ana Lima',
});
const items = [
  item('o1', 'Make onboarding effortless', '2026-02-13T09:00:00Z'),
  item('o2', 'Cut the on-call load', '2026-02-10T09:00:00Z'),
];

async function list(value: ApprovalItemData[]) {
  const element = mount<GkApprovalList>('<gk-approval-list></gk-approval-list>', 'gk-approval-list');
  element.items = value;
  element.now = '2026-02-15T09:00:00Z';
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-approval-list>', () => {
  it('approves with the keyboard alone, then says so and puts focus on the heading', async () => {
    const element = await list(items);
    const transitions = record<GkTransitionEvent>(document, 'gk-transition');
    element.addEventListener('gk-transition', (event) => (event as GkTransitionEvent).waitUntil(Promise.resolve()));
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('Waiting for your approval (2 goals)');
    element.focus();
    await userEvent.tab(); // the first goal's key results
    await userEvent.tab();
    await expectFocus(page.getByRole('button', { name: 'Approve “Cut the on-call load”' }));
    await userEvent.keyboard('{Enter}');
    expect(transitions.map((e) => e.detail)).toEqual([{ objectiveId: 'o2', action: 'approve' }]);
    await expect.element(page.getByText('“Cut the on-call load” is approved.')).toHaveAttribute('role', 'status');
    await expectFocus(page.getByRole('heading', { level: 2 }));
    expect(await axeViolations(element)).toEqual([]);
  });

  it('returns only with a comment, moving focus into the comment box', async () => {
    await list(items);
    const transitions = record<GkTransitionEvent>(document, 'gk-transition');
    await page.getByRole('button', { name: 'Return “Make onboarding effortless” with a comment' }).click();
    const box = page.getByRole('textbox', { name: 'What should change?' });
    await expectFocus(box);
    await page.getByRole('button', { name: 'Return with comment' }).click();
    expect(transitions).toHaveLength(0);
    await expect.element(box).toHaveAccessibleDescription('Say what should change before returning it.');
    await box.fill('Add a baseline for activation');
    await page.getByRole('button', { name: 'Return with comment' }).click();
    expect(transitions.map((e) => e.detail)).toEqual([
      { objectiveId: 'o1', action: 'return', comment: 'Add a baseline for activation' },
    ]);
  });

  it('shows titles as text', async () => {
    await list([item('o3', XSS, '2026-02-14T09:00:00Z')]);
    await expect.element(page.getByText(XSS, { exact: true }).first()).toBeVisible();
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
  });

  describe('connected', () => {
    it('lists the queue from the server and approves through the client', async () => {
      let approved = false;
      const { fetch, calls } = routedFetch({
        'GET /approvals': () => json({ items: approved ? [] : [items[0]] }),
        'POST /objectives/o1/transitions': () => {
          approved = true;
          return json(objectiveFixture({ id: 'o1', state: 'active' }));
        },
      });
      mountConnected('<gk-approval-list></gk-approval-list>', 'gk-approval-list', fetch);
      await page.getByRole('button', { name: 'Approve “Make onboarding effortless”' }).click();
      await expect.element(page.getByText('Nothing is waiting for your approval.')).toBeVisible();
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'approve' });
    });

    it('shows an error with a retry when the queue cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /approvals': () => problem(503) });
      mountConnected('<gk-approval-list></gk-approval-list>', 'gk-approval-list', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  });
});
