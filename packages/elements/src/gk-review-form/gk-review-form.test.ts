import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-review-form.js';
import {
  managerReviewShared,
  peerReviewDraft,
  reviewCycle,
  selfReviewDraft,
  selfReviewSubmitted,
} from '../../../../.storybook/reviewFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, json, mount, mountConnected, problem, record, routedFetch, XSS } from '../../test/connected.js';
import type { GkReviewSaveEvent, GkReviewTransitionEvent } from '../events.js';
import type { GkReviewForm } from './gk-review-form.js';

async function form(review = selfReviewDraft(), cycle = reviewCycle()) {
  const element = mount<GkReviewForm>('<gk-review-form time-zone="UTC"></gk-review-form>', 'gk-review-form');
  element.review = review;
  element.cycle = cycle;
  element.now = () => new Date('2026-04-01T10:42:00Z');
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-review-form>', () => {
  it('asks each question in a fieldset with labelled rating ends, beside the goal evidence', async () => {
    const element = await form();
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Self review');
    const delivery = page.getByRole('radiogroup', { name: /delivered/ });
    await expect.element(delivery).toHaveAttribute('aria-required', 'true');
    await expect.element(delivery.getByRole('radio', { name: '1 — far below expectations' })).toBeVisible();
    await expect.element(delivery.getByRole('radio', { name: '4' })).toBeChecked();
    const evidence = page.getByRole('region', { name: 'Goal evidence as of Mar 31, 2026' });
    await expect
      .element(evidence.getByRole('listitem', { name: 'Ship self-serve onboarding' }))
      .toHaveTextContent(/Grade 0\.8 of 1: green \(0\.7 or more\) · final grade, given at the close/);
    await expect
      .element(evidence.getByRole('meter', { name: 'Activation rate from 31% to 45%' }))
      .toHaveAttribute('aria-valuenow', '93');
    expect(await axeViolations(element)).toEqual([]);
  });

  it("explains each goal's progress behind a disclosure a keyboard opens, an unseen goal left unnamed", async () => {
    const element = await form();
    const onboarding = page.getByRole('listitem', { name: 'Ship self-serve onboarding' });
    const why = element.shadowRoot?.querySelector('[data-part="explanation-summary"]') as HTMLElement;
    expect(why.textContent?.trim()).toBe('Why 84%');
    const line = onboarding.getByText('Activation rate from 31% to 45%: 93% × 50% weight = 47%');
    await expect.element(line).not.toBeVisible();
    why.focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(line).toBeVisible();
    await expect
      .element(onboarding.getByText('Write the onboarding emails: 100%, shown but not counted'))
      .toBeVisible();
    const tickets = page.getByRole('listitem', { name: 'Cut support tickets per customer' });
    await userEvent.click(tickets.getByText('Why 55%'));
    await expect.element(tickets.getByText('An aligned goal you may not see: 55% × 33% weight = 18%')).toBeVisible();
    // The third goal's backend sent no explanation: no disclosure, the grade and key results alone.
    const partners = page.getByRole('listitem', { name: 'Grow the partner channel' });
    expect(partners.element().querySelector('details')).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
    element.locale = 'de';
    await element.updateComplete;
    await expect
      .element(tickets.getByText('Ein ausgerichtetes Ziel, das Sie nicht sehen dürfen: 55 % × 33 % Gewicht = 18 %'))
      .toBeVisible();
  });

  it('saves by keyboard, lists the missing answers with focus on the first, and submits after a confirmation', async () => {
    const element = await form();
    const saves = record<GkReviewSaveEvent>(element, 'gk-review-save');
    const transitions = record<GkReviewTransitionEvent>(element, 'gk-review-transition');
    element.addEventListener('gk-review-save', (e) =>
      e.waitUntil(Promise.resolve({ ...selfReviewDraft(), version: e.detail.version + 1 })),
    );
    element.addEventListener('gk-review-transition', (e) => e.waitUntil(Promise.resolve(selfReviewSubmitted())));
    (page.getByRole('textbox', { name: 'What should change next cycle?' }).element() as HTMLElement).focus();
    await userEvent.keyboard('Earlier partner work');
    await expect.element(page.getByText('Unsaved changes')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Save draft' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved at 10:42 AM');
    expect(saves[0]?.detail).toMatchObject({ reviewId: 'rv-ana-self', version: 3 });

    await userEvent.click(page.getByRole('button', { name: 'Submit review…' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('Answer this required question before submitting:');
    const collaboration = page.getByRole('radiogroup', { name: /collaboration/ });
    await expectFocus(collaboration.getByRole('radio', { name: '1 — far below expectations' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(collaboration.getByRole('radio', { name: '2' })).toBeChecked();
    await userEvent.click(page.getByRole('button', { name: 'Submit review…' }));
    await expectFocus(page.getByRole('button', { name: 'Submit', exact: true }));
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Submitted on Apr 2, 2026').last()).toBeVisible();
    expect(transitions[0]?.detail).toEqual({ reviewId: 'rv-ana-self', action: 'submit' });
    await expect.element(page.getByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
  });

  it('keeps what was typed on a failure and a conflict', async () => {
    const element = await form();
    let attempt = 0;
    element.addEventListener('gk-review-save', (e) => {
      attempt++;
      e.waitUntil(
        attempt === 1 ? Promise.reject(Object.assign(new Error('stale'), { status: 412 })) : Promise.resolve(undefined),
      );
    });
    element.latest = () => Promise.resolve({ ...selfReviewDraft(), version: 9 });
    const box = page.getByRole('textbox', { name: 'What should change next cycle?' });
    await userEvent.fill(box, 'Mine');
    await userEvent.click(page.getByRole('button', { name: 'Save draft' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Someone saved this review meanwhile/);
    await expect.element(box).toHaveValue('Mine');
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: 'Save mine over theirs' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved at');
  });

  it('is read-only once submitted, acknowledges a shared review, speaks German, and shows text as text', async () => {
    const element = await form(selfReviewSubmitted());
    await expect.element(page.getByText('Rated 5 on a scale of 1 to 5')).toBeVisible();
    expect(element.shadowRoot?.querySelector('button')).toBeNull();
    element.remove();
    const shared = await form(managerReviewShared());
    shared.addEventListener('gk-review-transition', (e) =>
      e.waitUntil(Promise.resolve({ ...managerReviewShared(), status: 'acknowledged', allowedActions: [] })),
    );
    await userEvent.click(page.getByRole('button', { name: 'Acknowledge' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('Acknowledged by the reviewee');
    shared.remove();
    const peer = await form({
      ...peerReviewDraft(),
      answers: [{ questionId: 'q-strengths', text: XSS }],
    });
    await expect.element(page.getByText(/Your answers are anonymous: Ana Lima will see only aggregates/)).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: /What went well/ })).toHaveValue(XSS);
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
    peer.locale = 'de';
    await expect.element(page.getByRole('button', { name: 'Entwurf speichern' })).toBeVisible();
  });

  describe('connected', () => {
    it('loads the review and its cycle, and saves with If-Match', async () => {
      const { fetch, calls } = routedFetch({
        'GET /reviews/rv-ana-self': () => json(selfReviewDraft(), 200, { etag: '"3"' }),
        'GET /review-cycles/rc-2026-q1': () => json(reviewCycle(), 200, { etag: '"2"' }),
        'PATCH /reviews/rv-ana-self': () => json({ ...selfReviewDraft(), version: 4 }, 200, { etag: '"4"' }),
      });
      mountConnected('<gk-review-form review-id="rv-ana-self"></gk-review-form>', 'gk-review-form', fetch);
      await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Self review');
      await userEvent.click(page.getByRole('button', { name: 'Save draft' }));
      await expect.element(page.getByRole('status')).toHaveTextContent('Saved at');
      expect(calls.find((c) => c.method === 'PATCH')?.headers.get('if-match')).toBe('"3"');
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /reviews/rv-x': () => problem(503) });
      mountConnected('<gk-review-form review-id="rv-x"></gk-review-form>', 'gk-review-form', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  });
});
