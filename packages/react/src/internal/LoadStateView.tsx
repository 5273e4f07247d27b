import { connectLoadState, type LoadState } from '@goalkit/core';
import { attrs } from './attrs.js';

/** @internal The loading, error (with retry) and empty placeholder every widget shares. */
export function LoadStateView(props: {
  scope: string;
  state: LoadState;
  locale: string;
  message?: string | undefined;
  label?: string | undefined;
  className?: string | undefined;
  onRetry?: (() => void) | undefined;
}) {
  const view = connectLoadState(props);
  return (
    <div {...attrs(view.root)} className={props.className}>
      <p {...attrs(view.messagePart)}>{view.message}</p>
      {view.retry && props.onRetry && (
        <button {...attrs(view.retry)} onClick={props.onRetry}>
          {view.retryText}
        </button>
      )}
    </div>
  );
}
