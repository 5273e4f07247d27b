import './context-root.js';
import { GkCheckInTimeline } from '../gk-check-in-timeline/gk-check-in-timeline.js';
import { define } from './define.js';

define('gk-check-in-timeline', GkCheckInTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'gk-check-in-timeline': GkCheckInTimeline;
  }
}
