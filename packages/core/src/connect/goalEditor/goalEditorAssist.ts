import { type AssistReasonName, getAssistMessages } from '../../i18n/assistMessages.js';
import { editableNumber, formatNumber } from '../../i18n/format.js';
import type { DraftKeyResult, DraftObjective } from '../../model/documentSchema.js';
import { type AttrBag, part, partSelector } from '../types.js';
import { sourceDraftOf } from './keyResultSourceDraft.js';
import type { GoalEditorState, KeyResultDraft } from './types.js';

export type { GoalEditorAssistAnswer, GoalEditorAssistState } from './types.js';

/** The numbers each key-result type has (the editor keeps the others' text while the person switches types). */
const NUMBERS_OF: Readonly<Record<string, readonly string[]>> = {
  increase: ['start', 'target'],
  decrease: ['start', 'target'],
  'at-least': ['target'],
  'at-most': ['target'],
  range: ['min', 'max'],
};

/**
 * The draft as an assistant is sent it: the objective the linter reads, without the numbers a key result's
 * type does not have (text the editor keeps in case the person switches back), so it fits the document's
 * draft schema.
 */
export function assistDraftOf(objective: DraftObjective): DraftObjective {
  return {
    ...objective,
    keyResults: objective.keyResults.map((kr) => {
      const kept: Record<string, unknown> = { ...kr };
      for (const field of ['start', 'target', 'min', 'max'])
        if (!(NUMBERS_OF[kr.type] ?? []).includes(field)) delete kept[field];
      return kept as unknown as DraftKeyResult;
    }),
  };
}

/** Where focus goes after the proposal is accepted (the title) or dismissed (the action's button). */
export const ASSIST_BUTTON = partSelector('goal-editor', 'assist-button');
export const ASSIST_ACCEPT = partSelector('goal-editor', 'assist-accept');

/**
 * The draft with the proposal's plan in it: its title, description and key results. Everything else the
 * person has in the form (owner, cycle, alignment, visibility, status, each kept key result's check-in
 * person and value source) stays as they have it, saved or not. A proposed key result that keeps an id
 * of the draft's (its saved id, or `kr<n>` as the draft is sent) takes that key result's place.
 */
export function acceptAssistProposal(state: GoalEditorState, value: DraftObjective): GoalEditorState {
  const { draft, locale } = state;
  const text = (n: number | undefined) => (n === undefined ? '' : editableNumber(n, locale));
  let nextKey = state.nextKey;
  const byId = new Map(draft.keyResults.map((kr, i) => [kr.id ?? `kr${i + 1}`, kr]));
  const keyResults = value.keyResults.map((proposed: DraftKeyResult): KeyResultDraft => {
    const kept = byId.get(proposed.id);
    const numbers = proposed as { start?: number; target?: number; min?: number; max?: number; unit?: string };
    const milestones = proposed.type === 'milestones' ? proposed.milestones.map((m) => m.title) : [];
    const base: KeyResultDraft = kept ?? {
      key: `k${nextKey++}`,
      id: undefined,
      title: '',
      type: 'increase',
      start: '',
      target: '',
      min: '',
      max: '',
      unit: '',
      milestones: [],
      milestoneOrigins: [],
      checkInResponsibleId: '',
      source: sourceDraftOf(undefined, locale),
      allowValuesOutsideCycle: false,
    };
    return {
      ...base,
      title: proposed.title,
      type: proposed.type,
      start: text(numbers.start),
      target: text(numbers.target),
      min: text(numbers.min),
      max: text(numbers.max),
      unit: numbers.unit ?? '',
      milestones,
      milestoneOrigins: milestones.map((title) =>
        kept?.milestones.includes(title) ? kept.milestoneOrigins?.[kept.milestones.indexOf(title)] : undefined,
      ),
    };
  });
  return {
    ...state,
    draft: { ...draft, title: value.title, description: value.description ?? draft.description, keyResults },
    status: state.status === 'saved' ? 'idle' : state.status,
    serverErrors: undefined,
    nextKey,
    assist: { status: 'accepted' },
  };
}

/** The assist action's view-model: its button, the status region, and the proposal when there is one. */
export interface GoalEditorAssistView {
  /** Holds the button, the status and the proposal. */
  readonly root: AttrBag;
  readonly buttonText: string;
  /** "Suggest a SMART rewrite": `aria-busy` while it asks, disabled then. */
  readonly button: AttrBag;
  /** A polite live region: what is happening, the refusal in words, or that the request failed. */
  readonly statusText: string | undefined;
  readonly status: AttrBag;
  readonly proposal:
    | {
        /** A region named by its heading. */
        readonly panel: AttrBag;
        readonly heading: AttrBag;
        readonly headingText: string;
        /** "Suggested by AI". */
        readonly labelText: string;
        /** "SMART score 52 → 88". */
        readonly scoreText: string;
        readonly titleText: string;
        readonly descriptionText: string | undefined;
        readonly keyResultsText: string;
        readonly keyResults: readonly string[];
        readonly acceptText: string;
        readonly keepMineText: string;
        readonly accept: AttrBag;
        readonly keepMine: AttrBag;
      }
    | undefined;
}

/** The assist action's anatomy, for an editor whose host offers a rewrite. */
export function connectGoalEditorAssist(state: GoalEditorState, idBase: string): GoalEditorAssistView {
  const t = getAssistMessages(state.locale);
  const assist = state.assist;
  const loading = assist?.status === 'loading';
  const headingId = `${idBase}-assist-heading`;
  const panelId = `${idBase}-assist-proposal`;
  const statusText =
    assist?.status === 'loading'
      ? t.rewriting
      : assist?.status === 'refused'
        ? (t.reasons[assist.reason as AssistReasonName] ?? t.failed)
        : assist?.status === 'failed'
          ? t.failed
          : assist?.status === 'accepted'
            ? t.accepted
            : undefined;
  const score = (n: number) => formatNumber(Math.round(n), state.locale);
  return {
    root: part('goal-editor', 'assist'),
    buttonText: t.rewrite,
    button: part('goal-editor', 'assist-button', {
      type: 'button',
      // Not `disabled`: the button keeps focus while it asks (a second press is ignored).
      'aria-disabled': loading ? 'true' : undefined,
      'aria-busy': loading ? 'true' : undefined,
      'aria-controls': assist?.status === 'proposal' ? panelId : undefined,
    }),
    statusText,
    status: part('goal-editor', 'assist-status', {
      role: 'status',
      'data-state': assist?.status === 'refused' || assist?.status === 'failed' ? 'error' : undefined,
    }),
    proposal:
      assist?.status === 'proposal'
        ? {
            panel: part('goal-editor', 'assist-proposal', {
              id: panelId,
              role: 'region',
              'aria-labelledby': headingId,
            }),
            heading: part('goal-editor', 'assist-heading', { id: headingId }),
            headingText: t.proposalHeading,
            labelText: t.aiLabel,
            scoreText: t.smartChange({ before: score(assist.smart.before), after: score(assist.smart.after) }),
            titleText: assist.value.title,
            descriptionText: assist.value.description,
            keyResultsText: t.keyResults,
            keyResults: assist.value.keyResults.map((kr) => kr.title),
            acceptText: t.accept,
            keepMineText: t.keepMine,
            accept: part('goal-editor', 'assist-accept', { type: 'button' }),
            keepMine: part('goal-editor', 'assist-keep-mine', { type: 'button' }),
          }
        : undefined,
  };
}
