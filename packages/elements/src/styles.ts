import { tokensCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

/** The design tokens, adopted once and shared by every gk-* shadow root. The CSS is goalkit's own, never user input. */
export const tokenStyles = unsafeCSS(tokensCss);
