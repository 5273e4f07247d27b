import './context-root.js';
import { GkCompetencyMatrix } from '../gk-competency-matrix/gk-competency-matrix.js';
import { define } from './define.js';

define('gk-competency-matrix', GkCompetencyMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'gk-competency-matrix': GkCompetencyMatrix;
  }
}
