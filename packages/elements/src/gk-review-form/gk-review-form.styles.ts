import { reviewFormCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const reviewFormStyles = unsafeCSS(reviewFormCss);
