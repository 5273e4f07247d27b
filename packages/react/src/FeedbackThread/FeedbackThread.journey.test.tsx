import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  describeFocus,
  expectedFeedbackTranscript,
  feedbackJourneyBackend,
  type JourneyDriver,
  runFeedbackJourney,
  visibleText,
} from '../../../core/test/journeys/feedbackThread.js';
import { renderConnected } from '../../test/connected.js';
import { FeedbackThread } from './FeedbackThread.js';

describe('<FeedbackThread>, the shared journey (the lit element runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const user = userEvent.setup();
    const backend = feedbackJourneyBackend();
    const { container } = renderConnected(
      <FeedbackThread objectiveId="o1" now="2026-02-15T12:00:00Z" />,
      backend.fetch,
    );
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
    expect(await runFeedbackJourney(driver, backend)).toEqual(expectedFeedbackTranscript);
  });
});
