// The one-file embed bundle (`goalkit.js`): every widget defined, plus the classes and the client for
// pages that script them. A page needs nothing else: <script type="module" src=".../goalkit.js"></script>.
import './define/all.js';
import { germanGate } from './embed/german.js';
import { setLocaleGate } from './internal/locale-gate.js';

// German words load from goalkit-de.js when a widget first renders in German (see embed/german.ts).
// Widgets upgraded above schedule their first render in a microtask, after this line has run.
setLocaleGate(germanGate);

// Live events load with goalkit-live.js, on demand: `<gk-provider live>` does it by itself, and a page
// that wants its own subscriber imports `createLiveEventStream` from there and passes `liveEventSchema`.
export { createClient, liveEventSchema } from '@goalkit/client';
export * from './index.js';
