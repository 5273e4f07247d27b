import './context-root.js';
import './gk-check-in-form.js';
import { GkCheckInInbox } from '../gk-check-in-inbox/gk-check-in-inbox.js';
import { define } from './define.js';

define('gk-check-in-inbox', GkCheckInInbox);

declare global {
  interface HTMLElementTagNameMap {
    'gk-check-in-inbox': GkCheckInInbox;
  }
}
