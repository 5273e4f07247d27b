import { checkInFormCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const checkInFormStyles = unsafeCSS(checkInFormCss);
