import './context-root.js';
import { GkCheckInForm } from '../gk-check-in-form/gk-check-in-form.js';
import { define } from './define.js';

define('gk-check-in-form', GkCheckInForm);

declare global {
  interface HTMLElementTagNameMap {
    'gk-check-in-form': GkCheckInForm;
  }
}
