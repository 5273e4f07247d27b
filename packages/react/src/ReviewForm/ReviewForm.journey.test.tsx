import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  expectedReviewTranscript,
  reviewJourneyBackend,
  runReviewJourney,
} from '../../../core/test/journeys/reviewForm.js';
import { renderConnected } from '../../test/connected.js';
import { reactJourneyDriver } from '../../test/journeyDriver.js';
import { ReviewForm } from './ReviewForm.js';

describe('<ReviewForm>, the shared journey (the lit element runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = reviewJourneyBackend();
    const { container } = renderConnected(<ReviewForm reviewId="rv1" />, backend.fetch);
    const driver = reactJourneyDriver(container, userEvent.setup());
    expect(await runReviewJourney(driver, backend)).toEqual(expectedReviewTranscript);
  });
});
