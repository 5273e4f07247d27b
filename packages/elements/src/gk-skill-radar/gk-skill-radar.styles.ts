import { skillRadarCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const skillRadarStyles = unsafeCSS(skillRadarCss);
