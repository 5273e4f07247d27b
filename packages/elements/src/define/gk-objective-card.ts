import './context-root.js';
import './gk-key-result.js';
import { GkObjectiveCard } from '../gk-objective-card/gk-objective-card.js';
import { define } from './define.js';

define('gk-objective-card', GkObjectiveCard);

declare global {
  interface HTMLElementTagNameMap {
    'gk-objective-card': GkObjectiveCard;
  }
}
