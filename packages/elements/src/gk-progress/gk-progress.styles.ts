import { progressCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const progressStyles = unsafeCSS(progressCss);
