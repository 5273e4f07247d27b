import { objectiveCardCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const objectiveCardStyles = unsafeCSS(objectiveCardCss);
