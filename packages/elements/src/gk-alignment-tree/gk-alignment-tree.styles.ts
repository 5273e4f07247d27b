import { alignmentTreeCss } from '@goalkit/theme';
import { unsafeCSS } from 'lit';

export const alignmentTreeStyles = unsafeCSS(alignmentTreeCss);
