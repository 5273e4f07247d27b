import { describe, expect, it } from 'vitest';
import { keyResult } from './__tests__/widgetFixtures.js';
import {
  type CheckInFormEvent,
  type CheckInFormState,
  checkInFormReducer,
  connectCheckInForm,
  initCheckInForm,
} from './connectCheckInForm.js';

const run = (state: CheckInFormState, ...events: CheckInFormEvent[]) => events.reduce(checkInFormReducer, state);

describe('check-in form state machine', () => {
  it('shows no error while typing, then explains what to enter after a submit attempt', () => {
    const typing = run(initCheckInForm(keyResult()), { type: 'value', value: 'abc' });
    expect(connectCheckInForm({ state: typing }).valueErrorText).toBeUndefined();
    const tried = run(typing, { type: 'submit', idempotencyKey: 'k1' });
    expect(tried.status).toBe('idle');
    const view = connectCheckInForm({ state: tried, idBase: 'f' });
    expect(view.valueErrorText).toBe('Enter a number, such as 27.5.');
    expect(view.valueInput).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': 'f-current f-value-error' });
    expect(connectCheckInForm({ state: run(initCheckInForm(keyResult()), { type: 'submit' }) }).valueErrorText).toBe(
      'Enter a value.',
    );
  });

  it('parses numbers in the person’s locale', () => {
    const de = run(
      initCheckInForm(keyResult(), 'de'),
      { type: 'value', value: '27,5' },
      { type: 'confidence', confidence: 'low' },
    );
    expect(connectCheckInForm({ state: de }).detail).toEqual({
      keyResultId: 'kr1',
      objectiveId: 'o1',
      value: 27.5,
      confidence: 0.3,
    });
    const en = run(initCheckInForm(keyResult()), { type: 'value', value: '1,250.5' });
    expect(connectCheckInForm({ state: en }).detail?.value).toBe(1250.5);
    const wrong = run(initCheckInForm(keyResult()), { type: 'value', value: '27,5' }, { type: 'submit' });
    expect(wrong.status).toBe('idle');
  });

  it('maps confidence low/medium/high to 0.3/0.6/0.9 and starts from the latest band', () => {
    const state = initCheckInForm(keyResult());
    expect(state.confidence).toBe('high');
    const medium = run(state, { type: 'value', value: '28' }, { type: 'confidence', confidence: 'medium' });
    expect(connectCheckInForm({ state: medium }).detail?.confidence).toBe(0.6);
  });

  it('goes idle → submitting → succeeded, and ignores a double submit', () => {
    const submitting = run(
      initCheckInForm(keyResult()),
      { type: 'value', value: '29' },
      { type: 'note', note: '  second cohort  ' },
      { type: 'submit', idempotencyKey: 'k1' },
    );
    expect(submitting.status).toBe('submitting');
    expect(connectCheckInForm({ state: submitting }).detail).toMatchObject({
      value: 29,
      note: 'second cohort',
      idempotencyKey: 'k1',
    });
    expect(run(submitting, { type: 'submit', idempotencyKey: 'k2' })).toBe(submitting);
    const done = run(submitting, { type: 'succeeded', keyResult: keyResult({ current: 29 }) });
    expect(done.status).toBe('succeeded');
    expect(done.value).toBe('');
    expect(connectCheckInForm({ state: done }).statusText).toBe('Check-in saved.');
  });

  it('keeps the input after a failure and retries with the same idempotency key', () => {
    const failed = run(
      initCheckInForm(keyResult()),
      { type: 'value', value: '29' },
      { type: 'submit', idempotencyKey: 'k1' },
      { type: 'failed' },
    );
    expect(failed.value).toBe('29');
    const view = connectCheckInForm({ state: failed });
    expect(view.statusText).toBe('The check-in could not be saved. Your input is kept.');
    expect(view.status.role).toBe('alert');
    expect(view.retryText).toBe('Try again');
    const retried = run(failed, { type: 'submit', idempotencyKey: 'k2' });
    expect(retried.idempotencyKey).toBe('k1');
    const changed = run(failed, { type: 'value', value: '30' }, { type: 'submit', idempotencyKey: 'k3' });
    expect(changed.idempotencyKey).toBe('k3');
  });

  it('explains a conflict with what changed', () => {
    const conflict = run(
      initCheckInForm(keyResult()),
      { type: 'value', value: '29' },
      { type: 'submit' },
      { type: 'conflict', keyResult: keyResult({ current: 31 }) },
    );
    expect(conflict.value).toBe('29');
    expect(connectCheckInForm({ state: conflict }).statusText).toBe(
      'Someone else checked in meanwhile: the value changed from 27\u00a0% to 31\u00a0%. Your input is kept; check in again to record it.',
    );
  });

  it('fits the input to the type: a done toggle, milestone checkboxes', () => {
    const bool = run(initCheckInForm(keyResult({ type: 'boolean', current: false })), { type: 'done', done: true });
    expect(connectCheckInForm({ state: bool }).kind).toBe('boolean');
    expect(connectCheckInForm({ state: bool }).detail).toMatchObject({ value: true });
    const ms = keyResult({
      type: 'milestones',
      milestones: [
        { title: 'Design', done: true },
        { title: 'Beta', done: false },
      ],
    });
    const state = run(initCheckInForm(ms), { type: 'milestone', index: 1, done: true });
    const view = connectCheckInForm({ state, idBase: 'f' });
    expect(view.milestoneCheckboxes.map((m) => [m.labelText, m.checked])).toEqual([
      ['Design', true],
      ['Beta', true],
    ]);
    expect(view.detail).toMatchObject({ milestones: [true, true] });
    expect(view.detail && 'value' in view.detail).toBe(false);
  });

  it('rejects notes longer than the API accepts', () => {
    const long = run(
      initCheckInForm(keyResult()),
      { type: 'value', value: '1' },
      { type: 'note', note: 'x'.repeat(5001) },
      { type: 'submit' },
    );
    expect(long.status).toBe('idle');
    expect(connectCheckInForm({ state: long }).noteErrorText).toBe('Keep the note to 5,000 characters.');
  });
});

describe('a value outside the scale the key result implies', () => {
  it('is warned about on a percentage, not blocked', () => {
    const start = initCheckInForm(keyResult({ unit: '%' }));
    const typed = (value: string) => checkInFormReducer(start, { type: 'value', value });
    const over = connectCheckInForm({ state: typed('150'), idBase: 'f' });
    expect(over.valueWarningText).toBe(
      '150\u00a0% is outside 0\u00a0%–100\u00a0%. Check the number; you can still save it.',
    );
    expect(over.valueInput['aria-describedby']).toContain('f-value-warning');
    expect(over.detail).toMatchObject({ value: 150 });
    expect(connectCheckInForm({ state: typed('-5') }).valueWarningText).toMatch(/^-5\u00a0% is outside/);
    expect(connectCheckInForm({ state: typed('42') }).valueWarningText).toBeUndefined();
    const days = initCheckInForm(keyResult({ unit: 'days' }));
    expect(
      connectCheckInForm({ state: checkInFormReducer(days, { type: 'value', value: '150' }) }).valueWarningText,
    ).toBeUndefined();
  });
});
