import { approvalListCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const approvalListStyles = unsafeCSS(approvalListCss);
