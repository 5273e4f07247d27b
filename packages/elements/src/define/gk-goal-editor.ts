import './context-root.js';
import { GkGoalEditor } from '../gk-goal-editor/gk-goal-editor.js';
import { define } from './define.js';

define('gk-goal-editor', GkGoalEditor);

declare global {
  interface HTMLElementTagNameMap {
    'gk-goal-editor': GkGoalEditor;
  }
}
