import { calibrationCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const calibrationStyles = unsafeCSS(calibrationCss);
