import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-check-in-form.js';
import {
  checkInJourneyBackend,
  expectedCheckInTranscript,
  runCheckInJourney,
} from '../../../core/test/journeys/checkInForm.js';
import { describeFocus, type JourneyDriver, visibleText } from '../../../core/test/journeys/feedbackThread.js';
import { mountConnected } from '../../test/connected.js';
import type { GkCheckInForm } from './gk-check-in-form.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-check-in-form>, the shared journey (the React widget runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = checkInJourneyBackend();
    const { element } = mountConnected<GkCheckInForm>(
      '<gk-check-in-form objective-id="o1" key-result-id="kr1"></gk-check-in-form>',
      'gk-check-in-form',
      backend.fetch,
    );
    const focus = (el: Element) => (el as HTMLElement).focus();
    const driver: JourneyDriver = {
      async type(label, text) {
        const box = (await page.getByRole('textbox', { name: label }).element()) as HTMLInputElement;
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
          expect(((await page.getByRole('textbox', { name: label }).element()) as HTMLInputElement).value).toBe(''),
        ),
      focused: () => describeFocus(document),
      text: () => visibleText(element),
    };
    expect(await runCheckInJourney(driver, backend)).toEqual(expectedCheckInTranscript);
  });
});
