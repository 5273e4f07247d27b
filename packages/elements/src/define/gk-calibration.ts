import './context-root.js';
import { GkCalibration } from '../gk-calibration/gk-calibration.js';
import { define } from './define.js';

define('gk-calibration', GkCalibration);

declare global {
  interface HTMLElementTagNameMap {
    'gk-calibration': GkCalibration;
  }
}
