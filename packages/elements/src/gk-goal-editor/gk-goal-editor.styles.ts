import { goalEditorCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const goalEditorStyles = unsafeCSS(goalEditorCss);
