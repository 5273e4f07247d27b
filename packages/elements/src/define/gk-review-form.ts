import './context-root.js';
import './gk-progress.js';
import { GkReviewForm } from '../gk-review-form/gk-review-form.js';
import { define } from './define.js';

define('gk-review-form', GkReviewForm);

declare global {
  interface HTMLElementTagNameMap {
    'gk-review-form': GkReviewForm;
  }
}
