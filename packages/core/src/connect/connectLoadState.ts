import { getMessages } from '../i18n/messages.js';
import { type AttrBag, part } from './types.js';
import type { LoadState } from './widgetData.js';

/** What a widget shows instead of its data. */
export interface LoadStateInput {
  /** The widget's `data-scope`, such as `key-result`. */
  readonly scope: string;
  readonly state: LoadState;
  /** The text to show; the catalog's loading or error sentence when left out (empty needs one). */
  readonly message?: string | undefined;
  /**
   * Why an error state is one. A 404 (`{ status: 404 }`, as the client's `HttpError` has) says the goal does
   * not exist or is not visible to the person, with no retry: trying again cannot change that.
   */
  readonly error?: unknown;
  /** Accessible name of the widget's region while it has no data, such as the objective's id or "Key result". */
  readonly label?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** The placeholder's view-model: the root, the message and, for errors, the retry button. */
export interface LoadStateView {
  readonly state: LoadState;
  readonly message: string;
  readonly retryText: string | undefined;
  readonly root: AttrBag;
  readonly messagePart: AttrBag;
  readonly retry: AttrBag | undefined;
}

/**
 * The loading, error and empty states every widget shares. Loading is a polite live region (`status`)
 * marked busy; an error is an `alert` with a retry button (none for a 404 or 403: see `error`); empty is plain text.
 */
export function connectLoadState(input: LoadStateInput): LoadStateView {
  const messages = getMessages(input.locale);
  const error = input.state === 'error';
  const status = error ? (input.error as { status?: unknown } | null | undefined)?.status : undefined;
  const message =
    status === 404
      ? messages.common.notFound
      : status === 403
        ? messages.common.forbidden
        : (input.message ??
          (input.state === 'loading' ? messages.common.loading : error ? messages.common.loadError : ''));
  const retry = error && status !== 404 && status !== 403;
  return {
    state: input.state,
    message,
    retryText: retry ? messages.common.retry : undefined,
    root: part(input.scope, 'root', {
      'data-state': input.state,
      'aria-busy': input.state === 'loading' ? 'true' : undefined,
      'aria-label': input.label,
      role: input.label === undefined ? undefined : 'group',
    }),
    messagePart: part(input.scope, 'state-message', {
      role: input.state === 'loading' ? 'status' : input.state === 'error' ? 'alert' : undefined,
    }),
    retry: retry ? part(input.scope, 'retry', { type: 'button' }) : undefined,
  };
}
