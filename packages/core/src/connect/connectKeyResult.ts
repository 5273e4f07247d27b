import { formatMeasure, formatNumber, formatRelativeTime } from '../i18n/format.js';
import { getKeyResultMessages, type KeyResultMessages } from '../i18n/keyResultMessages.js';
import { getMessages } from '../i18n/messages.js';
import { confidenceBand } from '../scoring/grade.js';
import type { ConfidenceBand } from '../scoring/types.js';
import { type ProgressInput, scoreProgress } from './connectProgress.js';
import {
  type KeyResultSourceState,
  type KeyResultSyncState,
  keyResultSourceView,
  keyResultSyncText,
} from './keyResultSource.js';
import { type AttrBag, part } from './types.js';
import type { KeyResultData } from './widgetData.js';

/** What a key result widget shows. */
export interface KeyResultInput {
  readonly keyResult: KeyResultData;
  /** @default 'en' */
  readonly locale?: string | undefined;
  /** The moment "5 days ago" is measured from. @default the current time */
  readonly now?: string | Date | undefined;
  /**
   * Whether the viewer may pull a `pull` key result's values now (offer "Sync now"): connected widgets ask
   * `objectiveEditable(objective)`. @default false
   */
  readonly canSync?: boolean | undefined;
  /** Where "Sync now" is (`createKeyResultSyncController`'s state). @default idle */
  readonly sync?: KeyResultSyncState | undefined;
}

/** One milestone of the checklist. */
export interface MilestoneView {
  readonly title: string;
  readonly done: boolean;
  /** "done" or "open", for people who cannot see the check mark. */
  readonly stateText: string;
  readonly item: AttrBag;
}

/** The key result's view-model. */
export interface KeyResultView {
  readonly titleText: string;
  /** A value text that fits the type: "27 of 35 % (from 20)", "at most 2 %: 1.8 % now", "3 of 5 milestones", "Done". */
  readonly valueText: string;
  readonly statusText: string;
  readonly confidence: ConfidenceBand | undefined;
  /** "Confidence: high", or `undefined` without a confidence. */
  readonly confidenceText: string | undefined;
  /** "Last check-in 5 days ago" or "No check-in yet". */
  readonly lastCheckInText: string;
  /** The input of the meter inside (label: the key result's title). */
  readonly progress: ProgressInput;
  readonly milestonesLabel: string;
  readonly milestones: readonly MilestoneView[];
  readonly root: AttrBag;
  readonly title: AttrBag;
  readonly value: AttrBag;
  readonly status: AttrBag;
  readonly meta: AttrBag;
  readonly milestoneList: AttrBag;
  /** Text for screen readers only, such as a milestone's `stateText`. */
  readonly srOnly: AttrBag;
  /** `manual`, `push`, or a pull's `synced`, `failed` or `never`. */
  readonly sourceState: KeyResultSourceState;
  /** Where the value comes from, plain text (see `keyResultSourceView`); `undefined` for people checking in. */
  readonly sourceText: string | undefined;
  /** The source line (`data-state` is {@link KeyResultView.sourceState}). */
  readonly source: AttrBag;
  /** "Sync now", when the key result pulls and the viewer may sync; else `undefined`. */
  readonly syncText: string | undefined;
  /** Holds "Sync now" and its live status. */
  readonly syncArea: AttrBag;
  /** The "Sync now" button (`aria-disabled` while a sync runs). */
  readonly sync: AttrBag;
  /** What "Sync now" did: "Syncing…", "Synced: 3 values recorded.", or the failure in words. */
  readonly syncStatusText: string | undefined;
  /** A polite live region, on the page before it has anything to say. */
  readonly syncStatus: AttrBag;
}

/** The value text of a key result, fitted to its type ("27 of 35 % (from 20)", "3 of 5 milestones"). */
export function keyResultValueText(
  kr: KeyResultData,
  locale = 'en',
  t: KeyResultMessages = getKeyResultMessages(locale),
): string {
  const unit = { unit: kr.unit, unitKind: kr.unitKind };
  const currency = kr.unitKind === 'currency';
  const measure = (n: number | null | undefined) => (n == null ? '?' : formatMeasure(n, unit, locale));
  const bare = (n: number | null | undefined) =>
    n == null ? '?' : currency ? formatMeasure(n, unit, locale) : formatNumber(n, locale);
  const current = typeof kr.current === 'number' ? kr.current : undefined;
  switch (kr.type) {
    case 'increase':
    case 'decrease':
      return current === undefined && kr.start == null
        ? `${measure(kr.target)}: ${t.noValue}`
        : t.ofTarget({ current: bare(current ?? kr.start), target: measure(kr.target), start: bare(kr.start) });
    case 'at-least':
    case 'at-most': {
      const now = current === undefined ? undefined : measure(current);
      return (kr.type === 'at-least' ? t.atLeast : t.atMost)({ target: measure(kr.target), current: now });
    }
    case 'range':
      return t.range({
        min: bare(kr.min),
        max: measure(kr.max),
        current: current === undefined ? undefined : measure(current),
      });
    case 'boolean':
      return kr.current === true || kr.current === 1 || kr.done === true ? t.done : t.notDone;
    case 'milestones': {
      const milestones = kr.milestones ?? [];
      return t.milestones(milestones.filter((m) => m.done).length, milestones.length);
    }
  }
}

/** Compute the key result's anatomy (`root`, `title`, `value`, `status`, `meta`, `milestone-list`, `milestone`). */
export function connectKeyResult(input: KeyResultInput): KeyResultView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const keyResultText = getKeyResultMessages(locale);
  const kr = input.keyResult;
  const score = kr.score;
  const band = score.confidence === null ? undefined : confidenceBand(score.confidence);
  const milestones = (kr.type === 'milestones' ? (kr.milestones ?? []) : []).map(
    (m): MilestoneView => ({
      title: m.title,
      done: m.done,
      stateText: m.done ? keyResultText.milestoneDone : keyResultText.milestoneOpen,
      item: part('key-result', 'milestone', { 'data-done': m.done ? '' : undefined }),
    }),
  );
  const source = keyResultSourceView(kr, { now: input.now, locale, messages: keyResultText });
  const sync = input.sync ?? { status: 'idle' };
  const syncing = sync.status === 'syncing';
  const syncShown = input.canSync === true && source.mode === 'pull';
  return {
    titleText: kr.title,
    valueText: keyResultValueText(kr, locale, keyResultText),
    statusText: messages.status[score.status],
    confidence: band,
    confidenceText: band === undefined ? undefined : keyResultText.confidenceText(messages.confidence[band]),
    lastCheckInText: kr.lastCheckInAt
      ? keyResultText.lastCheckIn(formatRelativeTime(kr.lastCheckInAt, input.now ?? new Date(), locale))
      : keyResultText.noCheckIn,
    progress: scoreProgress(score, kr.title, locale),
    milestonesLabel: keyResultText.milestonesLabel,
    milestones,
    root: part('key-result', 'root', { 'data-status': score.status, 'data-type': kr.type }),
    title: part('key-result', 'title'),
    value: part('key-result', 'value'),
    status: part('key-result', 'status', { 'data-status': score.status }),
    meta: part('key-result', 'meta'),
    milestoneList: part('key-result', 'milestone-list'),
    srOnly: part('key-result', 'sr-only'),
    sourceState: source.state,
    sourceText: source.text,
    source: part('key-result', 'source', { 'data-state': source.state }),
    syncText: syncShown ? keyResultText.syncNow : undefined,
    syncArea: part('key-result', 'sync-area'),
    sync: part('key-result', 'sync', {
      type: 'button',
      'aria-label': keyResultText.syncNowOf(kr.title),
      'aria-disabled': syncing ? 'true' : undefined,
      'data-busy': syncing ? '' : undefined,
    }),
    syncStatusText: syncShown ? keyResultSyncText(sync, keyResultText) : undefined,
    syncStatus: part('key-result', 'sync-status', { role: 'status', 'data-status': sync.status }),
  };
}
