import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-review-form.js';
import {
  expectedReviewTranscript,
  reviewJourneyBackend,
  runReviewJourney,
} from '../../../core/test/journeys/reviewForm.js';
import { mountConnected } from '../../test/connected.js';
import { litJourneyDriver } from '../../test/journeyDriver.js';
import type { GkReviewForm } from './gk-review-form.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-review-form>, the shared journey (the React widget runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = reviewJourneyBackend();
    const { element } = mountConnected<GkReviewForm>(
      '<gk-review-form review-id="rv1"></gk-review-form>',
      'gk-review-form',
      backend.fetch,
    );
    expect(await runReviewJourney(litJourneyDriver(element), backend)).toEqual(expectedReviewTranscript);
  });
});
