import './context-root.js';
import { GkSkillRadar } from '../gk-skill-radar/gk-skill-radar.js';
import { define } from './define.js';

define('gk-skill-radar', GkSkillRadar);

declare global {
  interface HTMLElementTagNameMap {
    'gk-skill-radar': GkSkillRadar;
  }
}
