import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gk-one-on-one.js';
import {
  expectedOneOnOneTranscript,
  oneOnOneJourneyBackend,
  oneOnOneJourneyProps,
  runOneOnOneJourney,
} from '../../../core/test/journeys/oneOnOne.js';
import { mountConnected } from '../../test/connected.js';
import { litJourneyDriver } from '../../test/journeyDriver.js';
import type { GkOneOnOne } from './gk-one-on-one.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-one-on-one>, the shared journey (the React widget runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = oneOnOneJourneyBackend();
    const { element } = mountConnected<GkOneOnOne>(
      `<gk-one-on-one meeting-id="m1" time-zone="${oneOnOneJourneyProps.timeZone}"></gk-one-on-one>`,
      'gk-one-on-one',
      backend.fetch,
    );
    element.now = oneOnOneJourneyProps.now;
    const driver = {
      ...litJourneyDriver(element),
      // Chromium's select chooses by type-ahead: the option's first letters.
      choose: (option: string) => userEvent.keyboard(option.slice(0, 3)),
      // Chromium's date input (en-US): month, day and year, segment by segment.
      enterDate: (day: string) => userEvent.keyboard(`${day.slice(5, 7)}${day.slice(8, 10)}${day.slice(0, 4)}`),
    };
    expect(await runOneOnOneJourney(driver, backend)).toEqual(expectedOneOnOneTranscript);
  });
});
