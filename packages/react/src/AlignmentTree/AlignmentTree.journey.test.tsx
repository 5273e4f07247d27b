import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  expectedTreeTranscript,
  runTreeJourney,
  treeJourneyBackend,
} from '../../../core/test/journeys/alignmentTree.js';
import { renderConnected } from '../../test/connected.js';
import { reactJourneyDriver } from '../../test/journeyDriver.js';
import { AlignmentTree } from './AlignmentTree.js';

describe('<AlignmentTree>, the shared journey (the lit element runs the same one)', () => {
  it('moves focus the same way, opens and loads the same nodes and shows the same text, by keyboard alone', async () => {
    const backend = treeJourneyBackend();
    const { container } = renderConnected(<AlignmentTree cycle="2026-Q1" filters={false} />, backend.fetch);
    const driver = reactJourneyDriver(container, userEvent.setup());
    expect(await runTreeJourney(driver, backend)).toEqual(expectedTreeTranscript);
  });
});
