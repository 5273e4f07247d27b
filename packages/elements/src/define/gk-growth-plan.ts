import './context-root.js';
import { GkGrowthPlan } from '../gk-growth-plan/gk-growth-plan.js';
import { define } from './define.js';

define('gk-growth-plan', GkGrowthPlan);

declare global {
  interface HTMLElementTagNameMap {
    'gk-growth-plan': GkGrowthPlan;
  }
}
