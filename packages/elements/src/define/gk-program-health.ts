import './context-root.js';
import { GkProgramHealth } from '../gk-program-health/gk-program-health.js';
import { define } from './define.js';

define('gk-program-health', GkProgramHealth);

declare global {
  interface HTMLElementTagNameMap {
    'gk-program-health': GkProgramHealth;
  }
}
