import { connectLoadState, type LoadState } from '@goalkit/core/connect';
import { attrs } from './attrs.js';

/**
 * @internal A retry that fetches again every query of a widget that failed, not only the one it shows: a
 * failed lookup (the owner names of a card) must not stay failed behind its fallback.
 */
export const retryFailed =
  (...queries: readonly { readonly isError: boolean; refetch: () => unknown }[]) =>
  () => {
    for (const query of queries) if (query.isError) void query.refetch();
  };

/** @internal The loading, error (with retry; none for a 404) and empty placeholder every widget shares. */
export function LoadStateView(props: {
  scope: string;
  state: LoadState;
  locale: string;
  message?: string | undefined;
  /** The query's error: a 404 says the goal is not there or not visible, without a retry. */
  error?: unknown;
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
