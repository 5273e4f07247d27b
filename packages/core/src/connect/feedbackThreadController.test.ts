import { describe, expect, it, vi } from 'vitest';
import { createFeedbackThreadController } from './feedbackThreadController.js';

function setup(post: (detail: unknown) => unknown) {
  let keys = 0;
  const focus = vi.fn();
  const controller = createFeedbackThreadController({
    objectiveId: () => 'o1',
    post,
    focus,
    newKey: () => `key-${++keys}`,
  });
  return { controller, focus };
}

describe('the feedback thread controller', () => {
  it('says what is missing and takes the person to the text box instead of posting an empty text', () => {
    const post = vi.fn();
    const { controller, focus } = setup(post);
    controller.send({ type: 'submit' });
    expect(post).not.toHaveBeenCalled();
    expect(controller.getSnapshot().showErrors).toBe(true);
    expect(focus).toHaveBeenCalledWith('body');
  });

  it('posts once at a time, retries under the same key, then empties the composer and focuses it', async () => {
    let fail = true;
    const answers: (() => void)[] = [];
    const post = vi.fn(
      () =>
        new Promise<void>((resolve, reject) => {
          answers.push(fail ? () => reject(new Error('offline')) : resolve);
        }),
    );
    const { controller, focus } = setup(post);
    const changes = vi.fn();
    controller.subscribe(changes);
    controller.send({ type: 'kind', kind: 'kudos' });
    controller.send({ type: 'body', body: '  Great demo!  ' });
    controller.send({ type: 'submit' });
    controller.send({ type: 'submit' });
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenLastCalledWith({
      objectiveId: 'o1',
      kind: 'kudos',
      body: 'Great demo!',
      idempotencyKey: 'key-1',
    });
    expect(controller.getSnapshot().status).toBe('posting');

    answers.shift()?.();
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('failed'));
    expect(controller.getSnapshot().body).toBe('  Great demo!  ');

    fail = false;
    controller.send({ type: 'submit' });
    expect(post).toHaveBeenLastCalledWith(expect.objectContaining({ idempotencyKey: 'key-1' }));
    answers.shift()?.();
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('idle'));
    expect(controller.getSnapshot()).toMatchObject({ body: '', kind: 'kudos', idempotencyKey: undefined });
    expect(focus).toHaveBeenCalledWith('body');
    expect(changes).toHaveBeenCalled();
  });

  it('takes a new key when the text changes after a failure', async () => {
    const post = vi.fn(() => Promise.reject(new Error('offline')));
    const { controller } = setup(post);
    controller.send({ type: 'body', body: 'First' });
    controller.send({ type: 'submit' });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('failed'));
    controller.send({ type: 'body', body: 'First, edited' });
    controller.send({ type: 'submit' });
    expect(post).toHaveBeenLastCalledWith(expect.objectContaining({ idempotencyKey: 'key-2' }));
  });
});
