// goalkit-provider.js in the embed bundle: <gk-provider> with the client and the query cache. A page
// script that wants the client itself imports it from this file (it is loaded once, whoever asks first).
import '../define/gk-provider.js';

export { createClient } from '@goalkit/client';
export { liveEventSchema } from '@goalkit/client/contract';
export { GkProvider } from '../gk-provider/gk-provider.js';
