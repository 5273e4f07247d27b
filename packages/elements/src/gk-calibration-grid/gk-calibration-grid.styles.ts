import { calibrationGridCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const calibrationGridStyles = unsafeCSS(calibrationGridCss);
