import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  expectedOneOnOneTranscript,
  oneOnOneJourneyBackend,
  oneOnOneJourneyProps,
  runOneOnOneJourney,
} from '../../../core/test/journeys/oneOnOne.js';
import { renderConnected } from '../../test/connected.js';
import { reactJourneyDriver } from '../../test/journeyDriver.js';
import { OneOnOne } from './OneOnOne.js';

describe('<OneOnOne>, the shared journey (the lit element runs the same one)', { timeout: 20_000 }, () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = oneOnOneJourneyBackend();
    const { container } = renderConnected(<OneOnOne meetingId="m1" {...oneOnOneJourneyProps} />, backend.fetch);
    const user = userEvent.setup();
    const driver = {
      ...reactJourneyDriver(container, user),
      // jsdom has no keyboard for a select: choose what Chromium's type-ahead chooses, on the focused one.
      choose: (option: string) => user.selectOptions(document.activeElement as HTMLSelectElement, option),
      // jsdom's date input takes the value's characters.
      enterDate: (day: string) => user.keyboard(day),
    };
    expect(await runOneOnOneJourney(driver, backend)).toEqual(expectedOneOnOneTranscript);
  });
});
