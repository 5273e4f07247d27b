import { keyResultCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const keyResultStyles = unsafeCSS(keyResultCss);
