export { connectProgress, type ProgressInput, type ProgressView } from './connectProgress.js';
export { type AttrBag, part } from './types.js';
