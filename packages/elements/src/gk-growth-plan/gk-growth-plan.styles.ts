import { growthPlanCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const growthPlanStyles = unsafeCSS(growthPlanCss);
