// The embed bundle's entry (`goalkit.js`): the one script a page adds. It defines every tag by watching
// the page, and imports a tag's file (`goalkit-objective-card.js` …, see embed/widgets.ts) when the tag
// first appears, so a page downloads only the widgets it shows. See scripts/build-embed.mjs.
import './define/context-root.js';
import { createAutoloader } from './embed/autoloader.js';
import { renders, widgets } from './embed/widgets.js';

// German words load from goalkit-de.js when a widget first renders in German (see internal/german.ts).

// Widgets wait for a <gk-provider> in the page, so that they render in its locale from the start.
const autoloader = createAutoloader(widgets, { renders, container: 'gk-provider' });

/**
 * Loads a goalkit tag's file now (as when the tag appears in the page) and resolves with its class once
 * it is defined. For an element the page creates and keeps out of the document, or renders in its own
 * shadow root: `await loadWidget('gk-objective-card')`. Rejects with a `TypeError` for a tag goalkit
 * does not have, and with the network's error when the file could not be loaded (asking again tries again).
 */
export const loadWidget = (tag: string): Promise<CustomElementConstructor> => autoloader.load(tag);

// The client (`createClient`, `liveEventSchema`) and `GkProvider` are in goalkit-provider.js: a page
// without <gk-provider> never downloads them. A page script imports them from there.
export {
  GkCarryOverEvent,
  GkCheckInEvent,
  GkCommentEvent,
  GkErrorEvent,
  GkEvent,
  GkLoadChildrenEvent,
  GkRequestEvent,
  GkSaveEvent,
  GkSelectEvent,
  GkSyncEvent,
  GkTransitionEvent,
  GkUnauthorizedEvent,
} from './events.js';
