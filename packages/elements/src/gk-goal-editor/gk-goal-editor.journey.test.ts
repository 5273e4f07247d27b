import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-goal-editor.js';
import {
  expectedGoalEditorCreateTranscript,
  expectedGoalEditorTranscript,
  goalEditorCreateJourneyBackend,
  goalEditorJourneyBackend,
  goalEditorJourneyDefaults,
  runGoalEditorCreateJourney,
  runGoalEditorJourney,
} from '../../../core/test/journeys/goalEditor.js';
import { mountConnected } from '../../test/connected.js';
import { litJourneyDriver } from '../../test/journeyDriver.js';
import type { GkGoalEditor } from './gk-goal-editor.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-goal-editor>, the shared journey (the React widget runs the same one)', () => {
  it('makes the same requests, moves focus the same way and shows the same text', async () => {
    const backend = goalEditorJourneyBackend();
    const { element } = mountConnected<GkGoalEditor>(
      '<gk-goal-editor objective-id="o1"></gk-goal-editor>',
      'gk-goal-editor',
      backend.fetch,
    );
    expect(await runGoalEditorJourney(litJourneyDriver(element), backend)).toEqual(expectedGoalEditorTranscript);
  });
  it('creates an objective, then changes it in the same form instead of creating another', async () => {
    const backend = goalEditorCreateJourneyBackend();
    const { element } = mountConnected<GkGoalEditor>(
      '<gk-goal-editor objective-id="new"></gk-goal-editor>',
      'gk-goal-editor',
      backend.fetch,
    );
    element.defaults = goalEditorJourneyDefaults;
    expect(await runGoalEditorCreateJourney(litJourneyDriver(element), backend)).toEqual(
      expectedGoalEditorCreateTranscript,
    );
  });
});
