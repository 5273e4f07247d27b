import './context-root.js';
import { GkApprovalList } from '../gk-approval-list/gk-approval-list.js';
import { define } from './define.js';

define('gk-approval-list', GkApprovalList);

declare global {
  interface HTMLElementTagNameMap {
    'gk-approval-list': GkApprovalList;
  }
}
