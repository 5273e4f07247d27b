import { digestCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const digestStyles = unsafeCSS(digestCss);
