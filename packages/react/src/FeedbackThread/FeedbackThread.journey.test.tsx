import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  expectedFeedbackTranscript,
  feedbackJourneyBackend,
  runFeedbackJourney,
} from '../../../core/test/journeys/feedbackThread.js';
import { renderConnected } from '../../test/connected.js';
import { reactJourneyDriver } from '../../test/journeyDriver.js';
import { FeedbackThread } from './FeedbackThread.js';

describe('<FeedbackThread>, the shared journey (the lit element runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = feedbackJourneyBackend();
    const { container } = renderConnected(
      <FeedbackThread objectiveId="o1" now="2026-02-15T12:00:00Z" />,
      backend.fetch,
    );
    const driver = reactJourneyDriver(container, userEvent.setup());
    expect(await runFeedbackJourney(driver, backend)).toEqual(expectedFeedbackTranscript);
  });
});
