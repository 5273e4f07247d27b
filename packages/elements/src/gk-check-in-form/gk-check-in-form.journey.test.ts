import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-check-in-form.js';
import {
  checkInJourneyBackend,
  expectedCheckInTranscript,
  runCheckInJourney,
} from '../../../core/test/journeys/checkInForm.js';
import { mountConnected } from '../../test/connected.js';
import { litJourneyDriver } from '../../test/journeyDriver.js';
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
    expect(await runCheckInJourney(litJourneyDriver(element), backend)).toEqual(expectedCheckInTranscript);
  });
});
