import { feedbackThreadCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const feedbackThreadStyles = unsafeCSS(feedbackThreadCss);
