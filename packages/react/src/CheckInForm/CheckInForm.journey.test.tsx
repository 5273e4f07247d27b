import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  checkInJourneyBackend,
  expectedCheckInTranscript,
  runCheckInJourney,
} from '../../../core/test/journeys/checkInForm.js';
import { renderConnected } from '../../test/connected.js';
import { reactJourneyDriver } from '../../test/journeyDriver.js';
import { CheckInForm } from './CheckInForm.js';

describe('<CheckInForm>, the shared journey (the lit element runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = checkInJourneyBackend();
    const { container } = renderConnected(<CheckInForm objectiveId="o1" keyResultId="kr1" />, backend.fetch);
    const driver = reactJourneyDriver(container, userEvent.setup());
    expect(await runCheckInJourney(driver, backend)).toEqual(expectedCheckInTranscript);
  });
});
