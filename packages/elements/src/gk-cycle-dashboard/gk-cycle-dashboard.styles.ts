import { cycleDashboardCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const cycleDashboardStyles = unsafeCSS(cycleDashboardCss);
