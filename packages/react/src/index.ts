export { ProgressMeter, type ProgressMeterProps } from './ProgressMeter/ProgressMeter.js';
