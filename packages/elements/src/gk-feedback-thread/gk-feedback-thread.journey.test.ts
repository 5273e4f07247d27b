import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-feedback-thread.js';
import {
  describeFocus,
  expectedFeedbackTranscript,
  feedbackJourneyBackend,
  type JourneyDriver,
  runFeedbackJourney,
  visibleText,
} from '../../../core/test/journeys/feedbackThread.js';
import { mountConnected } from '../../test/connected.js';
import type { GkFeedbackThread } from './gk-feedback-thread.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-feedback-thread>, the shared journey (the React widget runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = feedbackJourneyBackend();
    const { element } = mountConnected<GkFeedbackThread>(
      '<gk-feedback-thread objective-id="o1"></gk-feedback-thread>',
      'gk-feedback-thread',
      backend.fetch,
    );
    element.now = '2026-02-15T12:00:00Z';
    const focus = (el: Element) => (el as HTMLElement).focus();
    const driver: JourneyDriver = {
      async type(label, text) {
        const box = (await page.getByRole('textbox', { name: label }).element()) as HTMLTextAreaElement;
        focus(box);
        await userEvent.clear(box);
        await userEvent.keyboard(text);
      },
      async check(label) {
        focus(await page.getByRole('radio', { name: label }).element());
        await userEvent.keyboard(' ');
      },
      async press(name) {
        focus(await page.getByRole('button', { name }).element());
        await userEvent.keyboard('{Enter}');
      },
      waitForText: (text) => vi.waitFor(() => expect(visibleText(element)).toContain(text)),
      waitForEmpty: (label) =>
        vi.waitFor(async () =>
          expect(((await page.getByRole('textbox', { name: label }).element()) as HTMLTextAreaElement).value).toBe(''),
        ),
      focused: () => describeFocus(document),
      text: () => visibleText(element),
    };
    expect(await runFeedbackJourney(driver, backend)).toEqual(expectedFeedbackTranscript);
  });
});
