import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-check-in-form.js';
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
import type { GkCheckInEvent, GkErrorEvent } from '../events.js';
import type { GkCheckInForm } from './gk-check-in-form.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function form(keyResult = keyResultFixture(), markup = '<gk-check-in-form></gk-check-in-form>') {
  const element = mount<GkCheckInForm>(markup, 'gk-check-in-form');
  element.keyResult = keyResult;
  await element.updateComplete;
  return element;
}

const valueBox = () => page.getByRole('textbox', { name: 'New value (%)' });

describe('<gk-check-in-form>', () => {
  it('checks in with the keyboard alone and reports the same detail as the React callback', async () => {
    const element = await form();
    const events = record<GkCheckInEvent>(document, 'gk-check-in');
    expect(await axeViolations()).toEqual([]);
    element.focus();
    await expectFocus(valueBox());
    await userEvent.keyboard('29.5');
    await userEvent.tab();
    await expectFocus(page.getByRole('radio', { name: 'high' }));
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(page.getByRole('radio', { name: 'medium' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('Second cohort');
    await userEvent.tab();
    await expectFocus(page.getByRole('button', { name: 'Check in' }));
    await userEvent.keyboard('{Enter}');
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toEqual(
      expect.objectContaining({
        keyResultId: 'kr1',
        objectiveId: 'o1',
        value: 29.5,
        confidence: 0.6,
        note: 'Second cohort',
      }),
    );
    expect(events[0]?.bubbles && events[0]?.composed).toBe(true);
    await expect.element(page.getByRole('status')).toHaveTextContent('Check-in saved.');
    await expect.element(valueBox()).toHaveValue('');
  });

  it('explains an invalid number inline, focuses it and does not submit', async () => {
    await form();
    const events = record<GkCheckInEvent>(document, 'gk-check-in');
    await valueBox().fill('lots');
    await page.getByRole('button', { name: 'Check in' }).click();
    await expect.element(valueBox()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(valueBox()).toHaveAccessibleDescription(/^Now: 27\s% Enter a number, such as 27\.5\.$/);
    await expectFocus(valueBox());
    expect(events).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps the input after a failure and retries with the same idempotency key', async () => {
    await form();
    let attempts = 0;
    const events = record<GkCheckInEvent>(document, 'gk-check-in');
    document.addEventListener('gk-check-in', (event) =>
      event.waitUntil(++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()),
    );
    await valueBox().fill('30');
    await page.getByRole('button', { name: 'Check in' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('The check-in could not be saved. Your input is kept.');
    await expect.element(valueBox()).toHaveValue('30');
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.element(page.getByRole('status')).toHaveTextContent('Check-in saved.');
    expect(events.map((e) => e.detail.idempotencyKey)).toEqual([
      events[0]?.detail.idempotencyKey,
      events[0]?.detail.idempotencyKey,
    ]);
  });

  it('offers a done toggle for boolean key results and checkboxes for milestones, titles as text', async () => {
    const element = await form(keyResultFixture({ type: 'boolean', current: false }));
    const events = record<GkCheckInEvent>(document, 'gk-check-in');
    await page.getByRole('checkbox', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Check in' }).click();
    expect(events[0]?.detail.value).toBe(true);
    element.keyResult = keyResultFixture({
      id: 'kr2',
      type: 'milestones',
      milestones: [
        { title: 'Design', done: true },
        { title: XSS, done: false },
      ],
    });
    await element.updateComplete;
    await expect.element(page.getByRole('group', { name: 'Milestones reached' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: XSS })).not.toBeChecked();
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    await page.getByRole('checkbox', { name: XSS }).click();
    await page.getByRole('button', { name: 'Check in' }).click();
    expect(events[1]?.detail.milestones).toEqual([true, true]);
    expect(await axeViolations()).toEqual([]);
  });

  it('takes part in a surrounding form: value, validity, reset and disabled', async () => {
    const outer = mount<HTMLFormElement>(
      '<form><fieldset><gk-check-in-form name="checkIn" required></gk-check-in-form></fieldset></form>',
      'form',
    );
    const element = outer.querySelector('gk-check-in-form') as GkCheckInForm;
    element.keyResult = keyResultFixture();
    await element.updateComplete;
    expect(element.form).toBe(outer);
    expect(outer.checkValidity()).toBe(false);
    await valueBox().fill('31');
    await element.updateComplete;
    expect(outer.checkValidity()).toBe(true);
    expect(JSON.parse(String(new FormData(outer).get('checkIn')))).toEqual({
      keyResultId: 'kr1',
      objectiveId: 'o1',
      value: 31,
      confidence: 0.9,
    });
    outer.reset();
    await element.updateComplete;
    await expect.element(valueBox()).toHaveValue('');
    (outer.querySelector('fieldset') as HTMLFieldSetElement).disabled = true;
    await element.updateComplete;
    await expect.element(valueBox()).toBeDisabled();
    expect(element.hasAttribute('disabled')).toBe(true);
  });

  describe('connected', () => {
    it('checks in through the client with an idempotency key, then tells the page', async () => {
      const after = objectiveFixture({ version: 8, keyResults: [keyResultFixture({ current: 31, version: 4 })] });
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture()),
        'GET /cycles': () => json({ items: [] }),
        'POST /key-results/kr1/check-ins': () =>
          json(
            {
              checkIn: {
                id: 'c9',
                keyResultId: 'kr1',
                at: '2026-02-15T10:00:00Z',
                value: 31,
                confidence: 0.9,
                note: null,
                authorId: 'u1',
              },
              keyResult: after.keyResults[0],
              objective: after,
            },
            201,
          ),
      });
      mountConnected(
        '<gk-check-in-form objective-id="o1" key-result-id="kr1"></gk-check-in-form>',
        'gk-check-in-form',
        fetch,
      );
      const events = record<GkCheckInEvent>(document, 'gk-check-in');
      await valueBox().fill('31');
      await page.getByRole('button', { name: 'Check in' }).click();
      await expect.element(page.getByRole('status')).toHaveTextContent('Check-in saved.');
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.body).toEqual({ value: 31, confidence: 0.9 });
      expect(post?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
      await vi.waitFor(() => expect(events).toHaveLength(1));
      expect(events[0]?.detail.value).toBe(31);
    });

    it('explains a conflict with the value someone else recorded, keeping the input', async () => {
      let current = 27;
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ keyResults: [keyResultFixture({ current })] })),
        'GET /cycles': () => json({ items: [] }),
        'POST /key-results/kr1/check-ins': () => {
          current = 33;
          return problem(409, { currentVersion: 5 });
        },
      });
      mountConnected(
        '<gk-check-in-form objective-id="o1" key-result-id="kr1"></gk-check-in-form>',
        'gk-check-in-form',
        fetch,
      );
      const errors = record<GkErrorEvent>(document, 'gk-error');
      await valueBox().fill('31');
      await page.getByRole('button', { name: 'Check in' }).click();
      await expect
        .element(page.getByRole('alert'))
        .toHaveTextContent(
          'Someone else checked in meanwhile: the value changed from 27 % to 33 %. Your input is kept; check in again to record it.',
        );
      await expect.element(valueBox()).toHaveValue('31');
      expect(errors[0]?.detail.action).toBe('check-in');
    });

    it('shows loading, then an error with a retry', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => (fail ? problem(500) : json(objectiveFixture())),
      });
      mountConnected(
        '<gk-check-in-form objective-id="o1" key-result-id="kr1"></gk-check-in-form>',
        'gk-check-in-form',
        fetch,
      );
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      fail = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.element(valueBox()).toBeVisible();
    });
  });
});
