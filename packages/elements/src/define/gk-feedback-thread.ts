import './context-root.js';
import { GkFeedbackThread } from '../gk-feedback-thread/gk-feedback-thread.js';
import { define } from './define.js';

define('gk-feedback-thread', GkFeedbackThread);

declare global {
  interface HTMLElementTagNameMap {
    'gk-feedback-thread': GkFeedbackThread;
  }
}
