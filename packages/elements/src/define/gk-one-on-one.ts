import './context-root.js';
import { GkOneOnOne } from '../gk-one-on-one/gk-one-on-one.js';
import { define } from './define.js';

define('gk-one-on-one', GkOneOnOne);

declare global {
  interface HTMLElementTagNameMap {
    'gk-one-on-one': GkOneOnOne;
  }
}
