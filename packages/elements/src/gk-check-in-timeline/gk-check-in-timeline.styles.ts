import { checkInTimelineCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const checkInTimelineStyles = unsafeCSS(checkInTimelineCss);
