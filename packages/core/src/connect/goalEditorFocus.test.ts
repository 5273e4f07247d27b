import { describe, expect, it } from 'vitest';
import { type GoalEditorEvent, goalEditorReducer, initGoalEditor } from './connectGoalEditor.js';
import { goalEditorFocusAfter } from './goalEditorFocus.js';

const after = (event: GoalEditorEvent, state = initGoalEditor({ defaults: { ownerId: 'o', cycleId: 'c' } })) => ({
  target: goalEditorFocusAfter(event, state, goalEditorReducer(state, event)),
  state: goalEditorReducer(state, event),
});

describe('where focus goes in the goal editor', () => {
  it('to a key result just added, and to "Add key result" when one is removed', () => {
    const added = after({ type: 'add-key-result' });
    expect(added.target).toBe('[name="keyResults.1.title"]');
    expect(after({ type: 'remove-key-result', index: 1 }, added.state).target).toBe(
      '[data-scope="goal-editor"][data-part="add"][data-add="key-result"]',
    );
  });

  it('to the first field in error when a save is refused, and nowhere while typing', () => {
    expect(after({ type: 'save' }).target).toBe('[aria-invalid="true"]');
    expect(after({ type: 'field', field: 'title', value: 'Grow' }).target).toBeUndefined();
  });
});
