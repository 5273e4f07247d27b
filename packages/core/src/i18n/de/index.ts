/**
 * Every German catalog, for loading German on demand: the embed bundle (`goalkit.js`) carries English
 * only and imports this entry (its `goalkit-de.js`) when a widget's locale is German. Elsewhere the
 * catalogs are part of the widgets that use them, and nothing needs to load.
 */

export { de as approval } from './approval.js';
export { de as checkInForm } from './checkInForm.js';
export { de as common } from './common.js';
export { de as dashboard } from './dashboard.js';
export { de as editor } from './editor.js';
export { de as feedback } from './feedback.js';
export { de as keyResult } from './keyResult.js';
export { de as objectiveCard } from './objectiveCard.js';
export { de as timeline } from './timeline.js';
export { de as tree } from './tree.js';
