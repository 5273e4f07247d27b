import { oneOnOneCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const oneOnOneStyles = unsafeCSS(oneOnOneCss);
