import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  expectedGoalEditorTranscript,
  goalEditorJourneyBackend,
  runGoalEditorJourney,
} from '../../../core/test/journeys/goalEditor.js';
import { renderConnected } from '../../test/connected.js';
import { reactJourneyDriver } from '../../test/journeyDriver.js';
import { GoalEditor } from './GoalEditor.js';

describe('<GoalEditor>, the shared journey (the lit element runs the same one)', { timeout: 20_000 }, () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = goalEditorJourneyBackend();
    const { container } = renderConnected(<GoalEditor objectiveId="o1" />, backend.fetch);
    const driver = reactJourneyDriver(container, userEvent.setup());
    expect(await runGoalEditorJourney(driver, backend)).toEqual(expectedGoalEditorTranscript);
  });
});
