import { checkInInboxCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const checkInInboxStyles = unsafeCSS(checkInInboxCss);
