import { competencyMatrixCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const competencyMatrixStyles = unsafeCSS(competencyMatrixCss);
