import './context-root.js';
import { GkCalibrationGrid } from '../gk-calibration-grid/gk-calibration-grid.js';
import { define } from './define.js';

define('gk-calibration-grid', GkCalibrationGrid);

declare global {
  interface HTMLElementTagNameMap {
    'gk-calibration-grid': GkCalibrationGrid;
  }
}
