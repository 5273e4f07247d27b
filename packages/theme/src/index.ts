export * from './css.js';
