import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  checkInJourneyBackend,
  expectedCheckInTranscript,
  runCheckInJourney,
} from '../../../core/test/journeys/checkInForm.js';
import { describeFocus, type JourneyDriver, visibleText } from '../../../core/test/journeys/feedbackThread.js';
import { renderConnected } from '../../test/connected.js';
import { CheckInForm } from './CheckInForm.js';

describe('<CheckInForm>, the shared journey (the lit element runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const user = userEvent.setup();
    const backend = checkInJourneyBackend();
    const { container } = renderConnected(<CheckInForm objectiveId="o1" keyResultId="kr1" />, backend.fetch);
    const driver: JourneyDriver = {
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
      async waitForText(text) {
        await waitFor(() => expect(visibleText(container)).toContain(text));
      },
      async waitForEmpty(label) {
        await waitFor(() => expect(screen.getByRole('textbox', { name: label })).toHaveValue(''));
      },
      focused: () => describeFocus(document),
      text: () => visibleText(container),
    };
    expect(await runCheckInJourney(driver, backend)).toEqual(expectedCheckInTranscript);
  });
});
