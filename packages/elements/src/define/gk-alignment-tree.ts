import './context-root.js';
import './gk-progress.js';
import { GkAlignmentTree } from '../gk-alignment-tree/gk-alignment-tree.js';
import { define } from './define.js';

define('gk-alignment-tree', GkAlignmentTree);

declare global {
  interface HTMLElementTagNameMap {
    'gk-alignment-tree': GkAlignmentTree;
  }
}
