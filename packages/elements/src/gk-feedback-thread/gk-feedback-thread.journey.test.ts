import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-feedback-thread.js';
import {
  expectedFeedbackTranscript,
  feedbackJourneyBackend,
  runFeedbackJourney,
} from '../../../core/test/journeys/feedbackThread.js';
import { mountConnected } from '../../test/connected.js';
import { litJourneyDriver } from '../../test/journeyDriver.js';
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
    expect(await runFeedbackJourney(litJourneyDriver(element), backend)).toEqual(expectedFeedbackTranscript);
  });
});
