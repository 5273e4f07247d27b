// goalkit-provider.js in the embed bundle: <gk-provider> with the client and the query cache. A page
// script that wants the client itself imports it from this file (it is loaded once, whoever asks first).
import '../define/gk-provider.js';

export { createClient, liveEventSchema } from '@goalkit/client';
export { GkProvider } from '../gk-provider/gk-provider.js';
