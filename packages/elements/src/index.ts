export { attrs } from './directives/attrs.js';
export { GkProgress } from './gk-progress/gk-progress.js';
