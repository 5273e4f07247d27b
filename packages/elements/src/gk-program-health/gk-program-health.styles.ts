import { programHealthCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const programHealthStyles = unsafeCSS(programHealthCss);
