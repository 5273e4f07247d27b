import { dayNumber, dayNumberOfDate } from '../scoring/dayNumber.js';

/** An objective's lifecycle state, as the approval flow names it. */
export type SuggestionObjectiveState = 'draft' | 'proposed' | 'active' | 'closed';

/** A goal's status as the scoring engine reports it. */
export type SuggestionStatus = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'achieved';

/** A key result of a {@link SuggestionObjective}. */
export interface SuggestionKeyResult {
  /** The key result's id. */
  id: string;
  /** Its title, quoted in the suggestion. */
  title: string;
  /** Its status as of the day judged. */
  status: SuggestionStatus;
  /** Its progress, 0 to 1. */
  progress: number;
  /** The progress expected by now, 0 to 1, or `null` when there is no expectation. */
  expected: number | null;
  /** When it was last checked in: `YYYY-MM-DD` or an ISO timestamp (read as its UTC day); `null` for never. */
  lastCheckInAt: string | null;
}

/** One of a report's objectives, scored as of the day judged (the host scores it, e.g. with `createScorer`). */
export interface SuggestionObjective {
  /** The objective's id. */
  id: string;
  /** Its title, quoted in the suggestion. */
  title: string;
  /** Its lifecycle state: only `active` objectives are judged on their numbers, only `draft` ones as returned. */
  state: SuggestionObjectiveState;
  /** Its status as of the day judged. */
  status: SuggestionStatus;
  /** Its progress, 0 to 1. */
  progress: number;
  /** The progress expected by now, 0 to 1, or `null` when there is no expectation. */
  expected: number | null;
  /** The approver's answer when the objective was sent back for changes, else `null`. */
  returned: { comment: string; at: string } | null;
  /**
   * Since when the objective has been active: `YYYY-MM-DD` or an ISO timestamp (e.g. its approval, or its
   * cycle's start). A key result never checked in is suggested only once this is more than
   * `staleAfterDays` ago; without it, never-checked-in key results are not suggested (their age is unknown).
   */
  activeSince?: string | null;
  /** Its key results. */
  keyResults: readonly SuggestionKeyResult[];
}

/** What a suggestion is about, in the order suggestions are listed. */
export type TalkingPointSuggestionKind = 'off-track' | 'returned' | 'stale' | 'at-risk';

/** The order of the kinds in {@link suggestTalkingPoints}'s result. */
export const SUGGESTION_KINDS: readonly TalkingPointSuggestionKind[] = Object.freeze([
  'off-track',
  'returned',
  'stale',
  'at-risk',
]);

/**
 * A talking point suggested from a report's goals: the structured fields (for a widget to word in its own
 * language) and `text`, a plain English sentence with the numbers.
 */
export interface TalkingPointSuggestion {
  /** What the suggestion is about. */
  kind: TalkingPointSuggestionKind;
  /** The objective concerned (for `stale`, the key result's objective). */
  objectiveId: string;
  /** The key result concerned: only for `stale`. */
  keyResultId?: string;
  /** The title of the goal concerned: the key result's for `stale`, else the objective's. */
  title: string;
  /** For `off-track` and `at-risk`: the objective's progress, 0 to 1. */
  progress?: number;
  /** For `off-track` and `at-risk`: the progress expected by now, 0 to 1, or `null` without an expectation. */
  expected?: number | null;
  /** For `stale`: whole days since the last check-in, or `null` when it was never checked in. */
  daysSinceCheckIn?: number | null;
  /** For `returned`: the approver's comment. */
  comment?: string;
  /** A plain English sentence, e.g. "“Cut onboarding time” is off track: 32 % where 60 % was expected by now". */
  text: string;
}

/** Options of {@link suggestTalkingPoints}. */
export interface SuggestTalkingPointsOptions {
  /** The day judged, `YYYY-MM-DD`. */
  asOf: string;
  /**
   * A key result not checked in for more than this many days is suggested as stale.
   * @default 14
   */
  staleAfterDays?: number;
}

/** The days after which a key result without a check-in is suggested, unless a caller sets `staleAfterDays`. */
export const DEFAULT_STALE_AFTER_DAYS = 14;

/** A fraction as a whole percentage, "32 %". */
function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

function numbers(progress: number, expected: number | null): string {
  return expected === null
    ? `${percent(progress)} so far`
    : `${percent(progress)} where ${percent(expected)} was expected by now`;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The UTC day of a `YYYY-MM-DD` date or an ISO timestamp (one without a zone read as UTC), or a RangeError naming `path`. */
function dayOfInstant(text: string, path: string): number {
  let day = Number.NaN;
  if (text.length === 10) day = dayNumber(text);
  else if (TIMESTAMP.test(text)) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
    if (!Number.isNaN(dayNumber(text.slice(0, 10)))) day = dayNumberOfDate(new Date(zoned));
  }
  if (Number.isNaN(day))
    throw new RangeError(`${path} must be a YYYY-MM-DD date or an ISO timestamp (got ${JSON.stringify(text)})`);
  return day;
}

/**
 * Talking points for a 1:1, suggested from a report's goals as of a day:
 *
 * - **off-track** / **at-risk**: an `active` objective with that status, with its progress and the progress
 *   expected by now (e.g. "“Cut onboarding time” is off track: 32 % where 60 % was expected by now");
 * - **returned**: a `draft` objective the approver sent back, with the approver's comment;
 * - **stale**: a key result of an `active` objective, neither `achieved` nor `not-started`, whose last
 *   check-in is more than `staleAfterDays` days before `asOf` (days = asOf − day of the check-in, in UTC
 *   days), or that was never checked in while its objective has been active for more than
 *   `staleAfterDays` days (`daysSinceCheckIn: null`).
 *
 * Listed off-track first, then returned, stale and at-risk; within a kind in the objectives' order (and
 * their key results' order). Only key results are suggested as stale, each at most once; an objective is
 * never suggested as stale on its key results' account.
 * @throws {RangeError} for an invalid `asOf`, `staleAfterDays` or date in the input (naming where it is).
 */
export function suggestTalkingPoints(
  objectives: readonly SuggestionObjective[],
  options: SuggestTalkingPointsOptions,
): TalkingPointSuggestion[] {
  const asOf = dayNumber(options.asOf);
  if (Number.isNaN(asOf))
    throw new RangeError(`asOf must be a YYYY-MM-DD date (got ${JSON.stringify(String(options.asOf))})`);
  const staleAfter = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  if (!(Number.isFinite(staleAfter) && staleAfter >= 0))
    throw new RangeError(`staleAfterDays must be a number of days of at least 0 (got ${staleAfter})`);

  const byKind: Record<TalkingPointSuggestionKind, TalkingPointSuggestion[]> = {
    'off-track': [],
    returned: [],
    stale: [],
    'at-risk': [],
  };
  objectives.forEach((objective, o) => {
    if (objective.state === 'draft' && objective.returned !== null) {
      const comment = objective.returned.comment.trim();
      byKind.returned.push({
        kind: 'returned',
        objectiveId: objective.id,
        title: objective.title,
        comment,
        text:
          comment === ''
            ? `“${objective.title}” was returned for changes`
            : `“${objective.title}” was returned for changes: “${comment}”`,
      });
    }
    if (objective.state !== 'active') return;
    if (objective.status === 'off-track' || objective.status === 'at-risk') {
      const kind = objective.status;
      byKind[kind].push({
        kind,
        objectiveId: objective.id,
        title: objective.title,
        progress: objective.progress,
        expected: objective.expected,
        text: `“${objective.title}” is ${kind === 'off-track' ? 'off track' : 'at risk'}: ${numbers(objective.progress, objective.expected)}`,
      });
    }
    const since =
      objective.activeSince === undefined || objective.activeSince === null
        ? null
        : dayOfInstant(objective.activeSince, `objectives[${o}].activeSince`);
    objective.keyResults.forEach((keyResult, k) => {
      if (keyResult.status === 'achieved' || keyResult.status === 'not-started') return;
      let days: number | null;
      if (keyResult.lastCheckInAt === null) {
        if (since === null || !(asOf - since > staleAfter)) return;
        days = null;
      } else {
        days = asOf - dayOfInstant(keyResult.lastCheckInAt, `objectives[${o}].keyResults[${k}].lastCheckInAt`);
        if (!(days > staleAfter)) return;
      }
      byKind.stale.push({
        kind: 'stale',
        objectiveId: objective.id,
        keyResultId: keyResult.id,
        title: keyResult.title,
        daysSinceCheckIn: days,
        text:
          days === null
            ? `“${keyResult.title}” has never been checked in`
            : `“${keyResult.title}” has not been checked in for ${days} days`,
      });
    });
  });
  return SUGGESTION_KINDS.flatMap((kind) => byKind[kind]);
}
