import { describe, expect, it, vi } from 'vitest';
import { keyResult as keyResultFixture } from './__tests__/widgetFixtures.js';
import { createCheckInFormController } from './checkInFormController.js';
import type { KeyResultData } from './widgetData.js';

const keyResult = keyResultFixture();

function setup(checkIn: (detail: unknown) => unknown, latest?: () => Promise<KeyResultData | undefined>) {
  let keys = 0;
  const focus = vi.fn();
  const controller = createCheckInFormController({
    keyResult,
    locale: 'de',
    checkIn,
    latest,
    focus,
    newKey: () => `key-${++keys}`,
  });
  return { controller, focus };
}

describe('the check-in form controller', () => {
  it('refuses a value it cannot read and takes the person to it', () => {
    const checkIn = vi.fn();
    const { controller, focus } = setup(checkIn);
    controller.send({ type: 'value', value: 'abc' });
    controller.send({ type: 'submit' });
    expect(checkIn).not.toHaveBeenCalled();
    expect(controller.getSnapshot().showErrors).toBe(true);
    expect(focus).toHaveBeenCalledWith('[aria-invalid="true"]', 'invalid');
  });

  it('records once at a time, retries under the same key, takes the server’s key result and focuses the form', async () => {
    const answers: ((ok: boolean) => void)[] = [];
    const checkIn = vi.fn(
      () =>
        new Promise((resolve, reject) => {
          answers.push((ok) =>
            ok ? resolve({ keyResult: { ...keyResult, current: 29.5 } }) : reject(new Error('503')),
          );
        }),
    );
    const { controller, focus } = setup(checkIn);
    controller.send({ type: 'value', value: '29,5' });
    controller.send({ type: 'submit' });
    controller.send({ type: 'submit' });
    expect(checkIn).toHaveBeenCalledTimes(1);
    expect(checkIn).toHaveBeenLastCalledWith(
      expect.objectContaining({ keyResultId: 'kr1', value: 29.5, idempotencyKey: 'key-1' }),
    );
    answers.shift()?.(false);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('failed'));
    controller.send({ type: 'submit' });
    expect(checkIn).toHaveBeenLastCalledWith(expect.objectContaining({ idempotencyKey: 'key-1' }));
    answers.shift()?.(true);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('succeeded'));
    expect(controller.getSnapshot()).toMatchObject({ value: '', baseline: 29.5, idempotencyKey: undefined });
    expect(focus).toHaveBeenCalledWith('input, textarea', 'first-field');
  });

  it('on a conflict shows what someone else recorded, fetched once, and keeps the input', async () => {
    const conflict = Object.assign(new Error('409'), { status: 409 });
    const latest = vi.fn(async () => ({ ...keyResult, current: 31 }));
    const { controller } = setup(() => Promise.reject(conflict), latest);
    controller.send({ type: 'value', value: '30' });
    controller.send({ type: 'submit' });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('conflict'));
    expect(latest).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot()).toMatchObject({ value: '30', latest: 31, baseline: 27 });
  });
});
