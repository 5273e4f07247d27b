import { formatRelativeTime } from '../i18n/format.js';
import { getKeyResultMessages, type KeyResultMessages } from '../i18n/keyResultMessages.js';
import { type ControllerTransition, createController, settleEffect, type WidgetController } from './controller.js';
import type { KeyResultData, LastSyncData } from './widgetData.js';

/** How a key result's value arrives, as its source line says it. */
export type KeyResultSourceState = 'manual' | 'push' | 'synced' | 'failed' | 'never';

/** What {@link keyResultSourceView} needs besides the key result. */
export interface KeyResultSourceOptions {
  /** The moment "5 minutes ago" is measured from. @default the current time */
  readonly now?: string | Date | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
  /** The keyResult catalog. @default the locale's */
  readonly messages?: KeyResultMessages | undefined;
}

/** Where a key result's value comes from, in words. */
export interface KeyResultSourceView {
  readonly mode: 'manual' | 'push' | 'pull';
  /** `manual` (nothing to show), `push`, or for a pull: `synced`, `failed` or `never` (not synced yet). */
  readonly state: KeyResultSourceState;
  /**
   * The source line, plain text (the error of a failed pull is the server's words, never markup):
   * "Values from a system", "From JSON over HTTP · synced 2 hours ago", "Sync failed 5 minutes ago: …",
   * "From CSV file or URL · not synced yet"; `undefined` for `manual`.
   */
  readonly text: string | undefined;
  /** The connector's name ("JSON over HTTP"), or its id for one the server registers; `undefined` unless pulled. */
  readonly connectorLabel: string | undefined;
}

/** The name of a connector in a locale: "JSON over HTTP", "CSV file or URL", or the id of another one. */
export function connectorLabel(connector: string, messages: KeyResultMessages = getKeyResultMessages()): string {
  return Object.hasOwn(messages.connectors, connector) ? (messages.connectors[connector] ?? connector) : connector;
}

/** Say where a key result's value comes from: nothing for `manual`, a system for `push`, the connector and its last sync for `pull`. */
export function keyResultSourceView(
  keyResult: KeyResultData,
  options: KeyResultSourceOptions = {},
): KeyResultSourceView {
  const locale = options.locale ?? 'en';
  const t = options.messages ?? getKeyResultMessages(locale);
  const source = keyResult.source;
  const mode = source?.mode ?? 'manual';
  if (mode === 'manual') return { mode, state: 'manual', text: undefined, connectorLabel: undefined };
  if (mode === 'push') return { mode, state: 'push', text: t.valuesFromSystem, connectorLabel: undefined };
  const label = connectorLabel(source?.connector ?? '', t);
  const lastSync = source?.lastSync;
  if (!lastSync) return { mode, state: 'never', text: t.notSyncedFrom(label), connectorLabel: label };
  const when = formatRelativeTime(lastSync.at, options.now ?? new Date(), locale);
  return lastSync.ok
    ? { mode, state: 'synced', text: t.syncedFrom({ connector: label, when }), connectorLabel: label }
    : {
        mode,
        state: 'failed',
        text: t.syncFailed({ when, error: lastSync.error?.trim() || t.syncFailedNoReason }),
        connectorLabel: label,
      };
}

/** The detail of `onSync` and of the `gk-sync` event: pull this key result's values now. */
export interface KeyResultSyncDetail {
  readonly keyResultId: string;
  readonly objectiveId?: string | undefined;
}

/** "Sync now" as it goes: not asked, on its way, answered (with the pull's outcome), or refused. */
export interface KeyResultSyncState {
  readonly status: 'idle' | 'syncing' | 'synced' | 'failed';
  /** The pull's outcome from the reply (a failed pull is an answer too: `ok: false`). */
  readonly lastSync?: LastSyncData | undefined;
  /** Why the request failed (`failed`), in words, when the server said. */
  readonly reason?: string | undefined;
}

/** Everything that happens to "Sync now". */
export type KeyResultSyncEvent =
  | { readonly type: 'sync' }
  | { readonly type: 'synced'; readonly lastSync?: LastSyncData | undefined }
  | { readonly type: 'failed'; readonly reason?: string | undefined };

/** What a transition asks the adapter to do: run the sync. */
export type KeyResultSyncEffect = { readonly type: 'sync' };

/** "Sync now", pure: one sync at a time; the answer or the refusal replaces what was said before. */
export function keyResultSyncTransition(
  state: KeyResultSyncState,
  event: KeyResultSyncEvent,
): ControllerTransition<KeyResultSyncState, KeyResultSyncEffect> {
  switch (event.type) {
    case 'sync':
      return state.status === 'syncing' ? { state } : { state: { status: 'syncing' }, effects: [{ type: 'sync' }] };
    case 'synced':
      return { state: { status: 'synced', ...(event.lastSync ? { lastSync: event.lastSync } : {}) } };
    case 'failed':
      return { state: { status: 'failed', ...(event.reason ? { reason: event.reason } : {}) } };
  }
}

/** The server's own words for a refused request (a client `ValidationError`'s first problem), if any. */
function reasonOf(error: unknown): string | undefined {
  const problems = (error as { problems?: unknown } | null)?.problems;
  const first = Array.isArray(problems) ? (problems[0] as { message?: unknown } | undefined) : undefined;
  return typeof first?.message === 'string' ? first.message : undefined;
}

/** How the adapter carries out "Sync now". */
export interface KeyResultSyncControllerOptions {
  /**
   * Runs the pull (connected: the `syncKeyResult` mutation). It may resolve with the reply (`{ lastSync }`);
   * a rejection says the request failed, in the server's words when it gave any.
   */
  readonly sync: () => unknown;
}

/** "Sync now"'s controller: one for each key result a widget shows. */
export function createKeyResultSyncController(
  options: KeyResultSyncControllerOptions,
): WidgetController<KeyResultSyncState, KeyResultSyncEvent> {
  return createController<KeyResultSyncState, KeyResultSyncEvent, KeyResultSyncEffect>({
    initial: { status: 'idle' },
    transition: keyResultSyncTransition,
    run(_effect, send) {
      settleEffect(
        () => options.sync(),
        (reply: unknown) =>
          send({ type: 'synced', lastSync: (reply as { lastSync?: LastSyncData } | undefined)?.lastSync }),
        (error) => send({ type: 'failed', reason: reasonOf(error) }),
      );
    },
  });
}

/** The live message of "Sync now": "Syncing…", "Synced: 3 values recorded.", the failure in words; `undefined` before. */
export function keyResultSyncText(state: KeyResultSyncState, messages: KeyResultMessages = getKeyResultMessages()) {
  const t = messages;
  switch (state.status) {
    case 'idle':
      return undefined;
    case 'syncing':
      return t.syncing;
    case 'synced':
      return state.lastSync && !state.lastSync.ok
        ? t.syncFailedNow(state.lastSync.error?.trim() || t.syncFailedNoReason)
        : t.synced(state.lastSync?.recorded);
    case 'failed':
      return t.syncRequestFailed(state.reason);
  }
}
