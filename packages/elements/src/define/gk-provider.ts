import { GkProvider } from '../gk-provider/gk-provider.js';
import { define } from './define.js';

define('gk-provider', GkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'gk-provider': GkProvider;
  }
}
