import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { describeFocus, type JourneyDriver, visibleText } from '../../core/test/journeys/journey.js';

/** The shared journeys' driver for a React widget rendered in `container` (jsdom, user-event, keyboard only). */
export function reactJourneyDriver(container: HTMLElement, user: UserEvent): JourneyDriver {
  return {
    async type(label, text) {
      const box = screen.getByRole('textbox', { name: label });
      box.focus();
      await user.clear(box);
      await user.keyboard(text);
    },
    async check(label) {
      screen.getByRole('radio', { name: label }).focus();
      await user.keyboard(' ');
    },
    async press(name) {
      screen.getByRole('button', { name }).focus();
      await user.keyboard('{Enter}');
    },
    async key(keys) {
      await user.keyboard(keys);
    },
    async waitForText(text) {
      await waitFor(() => expect(visibleText(container)).toContain(text));
    },
    async waitForEmpty(label) {
      await waitFor(() => expect(screen.getByRole('textbox', { name: label })).toHaveValue(''));
    },
    focused: () => describeFocus(document),
    text: () => visibleText(container),
  };
}
