import './context-root.js';
import { GkDigest } from '../gk-digest/gk-digest.js';
import { define } from './define.js';

define('gk-digest', GkDigest);

declare global {
  interface HTMLElementTagNameMap {
    'gk-digest': GkDigest;
  }
}
