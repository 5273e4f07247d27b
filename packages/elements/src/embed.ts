// The one-file embed bundle (`goalkit.js`): every widget defined, plus the classes and the client for
// pages that script them. A page needs nothing else: <script type="module" src=".../goalkit.js"></script>.
import './define/all.js';

export { createClient, createLiveEvents } from '@goalkit/client';
export * from './index.js';
