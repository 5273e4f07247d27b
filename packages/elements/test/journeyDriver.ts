import { expect, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { describeFocus, type JourneyDriver, visibleText } from '../../core/test/journeys/journey.js';

const focus = (element: Element) => (element as HTMLElement).focus();
const textbox = async (label: string) =>
  (await page.getByRole('textbox', { name: label }).element()) as HTMLInputElement | HTMLTextAreaElement;

/** The shared journeys' driver for a lit element in the page (real Chromium, keyboard only, through shadow roots). */
export function litJourneyDriver(element: Element): JourneyDriver {
  return {
    async type(label, text) {
      const box = await textbox(label);
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
    key: (keys) => userEvent.keyboard(keys),
    waitForText: (text) => vi.waitFor(() => expect(visibleText(element)).toContain(text)),
    waitForEmpty: (label) => vi.waitFor(async () => expect((await textbox(label)).value).toBe('')),
    focused: () => describeFocus(document),
    text: () => visibleText(element),
  };
}
