import type { GoalEditorEvent, GoalEditorState } from './connectGoalEditor.js';
import { partSelector } from './types.js';

/**
 * Where focus goes after an event in the goal editor, as a selector inside the editor (or nothing: it stays
 * where it is). One rule for both flavours, so a keyboard or screen-reader user never lands on the page
 * because the button they pressed is gone:
 * - a save refused, here or by the server at a field: the first field in error;
 * - "Return with comment" without a comment: the comment box;
 * - a key result or milestone added: its title;
 * - a milestone removed: its key result's title; a key result removed: "Add key result".
 */
export function goalEditorFocusAfter(
  event: GoalEditorEvent,
  before: GoalEditorState,
  after: GoalEditorState,
): string | undefined {
  switch (event.type) {
    case 'save':
      return after.status !== 'saving' ? '[aria-invalid="true"]' : undefined;
    case 'failed':
      return after.serverErrors ? '[aria-invalid="true"]' : undefined;
    case 'transition':
      return after.returnCommentMissing && !after.transitioning ? '[name="returnComment"]' : undefined;
    case 'add-key-result':
      return after.draft.keyResults.length > before.draft.keyResults.length
        ? `[name="keyResults.${before.draft.keyResults.length}.title"]`
        : undefined;
    case 'remove-key-result':
      return partSelector('goal-editor', 'add', { 'data-add': 'key-result' });
    case 'add-milestone': {
      const count = before.draft.keyResults[event.index]?.milestones.length ?? 0;
      return `[name="keyResults.${event.index}.milestones.${count}"]`;
    }
    case 'remove-milestone':
      return `[name="keyResults.${event.index}.title"]`;
    default:
      return undefined;
  }
}
