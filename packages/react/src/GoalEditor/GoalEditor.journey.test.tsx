import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  expectedGoalEditorCreateTranscript,
  expectedGoalEditorTranscript,
  goalEditorCreateJourneyBackend,
  goalEditorJourneyBackend,
  goalEditorJourneyDefaults,
  runGoalEditorCreateJourney,
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
  it('creates an objective, then changes it in the same form instead of creating another', async () => {
    const backend = goalEditorCreateJourneyBackend();
    const { container } = renderConnected(
      <GoalEditor objectiveId="new" defaults={goalEditorJourneyDefaults} />,
      backend.fetch,
    );
    const driver = reactJourneyDriver(container, userEvent.setup());
    expect(await runGoalEditorCreateJourney(driver, backend)).toEqual(expectedGoalEditorCreateTranscript);
  });
});
