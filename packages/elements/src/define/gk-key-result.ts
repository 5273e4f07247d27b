import './context-root.js';
import './gk-progress.js';
import { GkKeyResult } from '../gk-key-result/gk-key-result.js';
import { define } from './define.js';

define('gk-key-result', GkKeyResult);

declare global {
  interface HTMLElementTagNameMap {
    'gk-key-result': GkKeyResult;
  }
}
