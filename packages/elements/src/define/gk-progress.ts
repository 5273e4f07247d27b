import { GkProgress } from '../gk-progress/gk-progress.js';
import { define } from './define.js';

define('gk-progress', GkProgress);

declare global {
  interface HTMLElementTagNameMap {
    'gk-progress': GkProgress;
  }
}
