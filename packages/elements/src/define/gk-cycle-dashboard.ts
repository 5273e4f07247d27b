import './context-root.js';
import './gk-progress.js';
import { GkCycleDashboard } from '../gk-cycle-dashboard/gk-cycle-dashboard.js';
import { define } from './define.js';

define('gk-cycle-dashboard', GkCycleDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'gk-cycle-dashboard': GkCycleDashboard;
  }
}
