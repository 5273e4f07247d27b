import type { KeyResultKind, TransitionAction } from '../../i18n/messages.js';
import type { LintObjectiveOptions } from '../../lint/lintObjective.js';
import type { ObjectiveLintResult } from '../../lint/types.js';
import type { DraftObjective } from '../../model/documentSchema.js';
import type { Status } from '../../scoring/types.js';
import type { CycleData, MilestoneData, ObjectiveData } from '../widgetData.js';

/**
 * The linter the editor runs, `lintObjective` from `@goalkit/core/lint`. Editors load it lazily
 * (`import('@goalkit/core/lint')`) so the widget's first render does not wait for ~19 KB of rules
 * and catalogs; until it arrives the SMART panel says it is checking.
 */
export type GoalLinter = (objective: DraftObjective, options: LintObjectiveOptions) => ObjectiveLintResult;

/** The settings of the connectors the editor knows, by name (`source.config.<name>`). */
export type ConnectorConfigField = 'url' | 'path' | 'valuePath' | 'datePath' | 'file' | 'column' | 'dateColumn';

/** Where a key result's value comes from, as the person is writing it: every value is text. */
export interface KeyResultSourceDraft {
  /** `manual`, `push` or `pull`. */
  readonly mode: string;
  /** The connector's id (`http-json`, `csv`, or another the key result was saved with). */
  readonly connector: string;
  /** The connector's settings as text, by name (`url`, `path`, `column`, …). */
  readonly config: Readonly<Record<string, string>>;
  /** `''` (only on "Sync now"), `hourly`, `daily` or `weekly`. */
  readonly schedule: string;
  /** "Multiply by", as text. */
  readonly scale: string;
  /** "Then add", as text. */
  readonly offset: string;
  /** How a day's several values become one; `''`: the server's default (the latest). */
  readonly aggregate: string;
}

/** A key result as the person is writing it: numbers stay text until they parse. */
export interface KeyResultDraft {
  /** Stable within the editor, for list keys and element ids. */
  readonly key: string;
  /** The saved key result's id, when editing one. */
  readonly id: string | undefined;
  readonly title: string;
  readonly type: KeyResultKind;
  readonly start: string;
  readonly target: string;
  readonly min: string;
  readonly max: string;
  readonly unit: string;
  /** The milestones' titles as the person writes them. */
  readonly milestones: readonly string[];
  /**
   * For each entry of `milestones`, the saved milestone it was opened from (its `done`, `weight` and
   * `due` are kept on save), or `undefined` for one the person added.
   */
  readonly milestoneOrigins?: readonly (MilestoneData | undefined)[] | undefined;
  /**
   * Who owes the key result's check-ins: a person's id, or `''` for the objective's owner (a team goal's
   * lead). @default ''
   */
  readonly checkInResponsibleId?: string | undefined;
  /** Where its value comes from. @default people check in (`mode: 'manual'`) */
  readonly source?: KeyResultSourceDraft | undefined;
  /** Accept pushed or pulled values for days outside the cycle. @default false */
  readonly allowValuesOutsideCycle?: boolean | undefined;
}

/** An objective as the person is writing it. */
export interface ObjectiveDraft {
  readonly title: string;
  readonly description: string;
  readonly ownerId: string;
  readonly cycleId: string;
  readonly parentId: string;
  /** How the objective aligns to its parent: `contributes` (its progress rolls up) or `supports`. */
  readonly alignment: string;
  /** `public` or `private`. */
  readonly visibility: string;
  /** The owner's own status (a `Status`), or `''` for the computed one alone. */
  readonly manualStatus?: string | undefined;
  /** Why the owner's status differs from the computed one. */
  readonly manualNote?: string | undefined;
  /**
   * `development` for a goal of growth in competencies (say, drafted from a growth plan's gap), with the
   * competencies it develops; a new development goal is private unless `visibility` says otherwise.
   * Set from the objective or the defaults; the editor does not change them.
   */
  readonly kind?: 'standard' | 'development' | undefined;
  readonly competencyIds?: readonly string[] | undefined;
  readonly keyResults: readonly KeyResultDraft[];
}

/** The objective fields a person edits directly. */
export type ObjectiveField =
  | 'title'
  | 'description'
  | 'ownerId'
  | 'cycleId'
  | 'parentId'
  | 'alignment'
  | 'visibility'
  | 'manualStatus'
  | 'manualNote';
/** The key-result fields a person edits directly. */
export type KeyResultField =
  | 'title'
  | 'type'
  | 'start'
  | 'target'
  | 'min'
  | 'max'
  | 'unit'
  /** "Check-ins by": a person's id, or `''` for the owner. */
  | 'checkInResponsibleId'
  /** "Value comes from": `manual`, `push` or `pull`. */
  | 'source.mode'
  | 'source.connector'
  | `source.config.${ConnectorConfigField}`
  | 'source.schedule'
  | 'source.transform.scale'
  | 'source.transform.offset'
  | 'source.transform.aggregate'
  /** A checkbox: its event's value is `'true'` or `'false'`. */
  | 'allowValuesOutsideCycle';

/** Where the editor is. */
export type GoalEditorStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

/** The editor's state. Create it with {@link initGoalEditor}; change it with {@link goalEditorReducer}. */
export interface GoalEditorState {
  readonly locale: string;
  /** The saved objective being edited; `undefined` when creating one. */
  readonly original: ObjectiveData | undefined;
  /** The version the edit is based on, sent as `If-Match`. */
  readonly version: number | undefined;
  readonly draft: ObjectiveDraft;
  /**
   * The draft as it was opened. A field whose text still equals it is saved with the saved value,
   * untouched: the editor never rewrites what the person did not change.
   */
  readonly initial?: ObjectiveDraft | undefined;
  readonly status: GoalEditorStatus;
  /** After a conflict: the objective as someone else saved it. */
  readonly theirs: ObjectiveData | undefined;
  /** Errors show after the first save attempt. */
  readonly showErrors: boolean;
  /**
   * The fields the server refused on the last save, with its messages; each clears when the person changes
   * that field, and all on the next save.
   */
  readonly serverErrors?: Readonly<Partial<Record<FieldKey, string>>> | undefined;
  readonly returnComment: string;
  /** A return was attempted without saying what should change. */
  readonly returnCommentMissing: boolean;
  readonly transitioning: TransitionAction | undefined;
  readonly transitionFailed: boolean;
  readonly nextKey: number;
  /** What the person typed to search the goals to align to. */
  readonly parentQuery?: string | undefined;
  /** "Suggest a SMART rewrite": asking, the proposal, a refusal, a failure; absent when none was asked for. */
  readonly assist?: GoalEditorAssistState | undefined;
  /** Carrying the objective into the next cycle: on its way, done (with the copy), or failed. */
  readonly carry?:
    | { readonly status: 'carrying'; readonly cycleId: string }
    | { readonly status: 'carried'; readonly cycleId: string; readonly copy?: ObjectiveData | undefined }
    | { readonly status: 'failed'; readonly cycleId: string }
    | undefined;
}

/** Everything that can happen in the editor. */
export type GoalEditorEvent =
  | { readonly type: 'field'; readonly field: ObjectiveField; readonly value: string }
  | {
      readonly type: 'key-result-field';
      readonly index: number;
      readonly field: KeyResultField;
      readonly value: string;
    }
  | { readonly type: 'add-key-result' }
  | { readonly type: 'remove-key-result'; readonly index: number }
  | { readonly type: 'add-milestone'; readonly index: number }
  | { readonly type: 'milestone'; readonly index: number; readonly milestone: number; readonly value: string }
  | { readonly type: 'remove-milestone'; readonly index: number; readonly milestone: number }
  | { readonly type: 'save' }
  | { readonly type: 'saved'; readonly objective: ObjectiveData }
  /** The save failed; `errors` are the fields the server refused (a 422), with its messages. */
  | { readonly type: 'failed'; readonly errors?: Readonly<Partial<Record<FieldKey, string>>> | undefined }
  | { readonly type: 'conflict'; readonly theirs?: ObjectiveData | undefined }
  /** Drop the person's changes and take the other version. */
  | { readonly type: 'reload' }
  /** Keep the person's changes and overwrite the other version on the next save. */
  | { readonly type: 'keep-mine' }
  | { readonly type: 'return-comment'; readonly value: string }
  /** Search the goals the objective may align to. */
  | { readonly type: 'parent-query'; readonly value: string }
  /** Carry the objective into another cycle as a draft; the host answers `carried` or `carry-failed`. */
  | { readonly type: 'carry-over'; readonly cycleId: string }
  | { readonly type: 'carried'; readonly copy?: ObjectiveData | undefined }
  | { readonly type: 'carry-failed' }
  | { readonly type: 'transition'; readonly action: TransitionAction }
  | { readonly type: 'transitioned'; readonly objective: ObjectiveData }
  | { readonly type: 'transition-failed' };

/** The objective the editor saves: the detail of `onSave` and of the `gk-save` event. */
export interface GoalEditorSaveDetail {
  /** The objective's id when editing; absent when creating. */
  readonly objectiveId?: string;
  /** The version edited, for `If-Match`. */
  readonly version?: number;
  readonly objective: {
    readonly title: string;
    readonly description?: string;
    readonly ownerId: string;
    readonly cycleId: string;
    readonly parentId: string | null;
    readonly alignment?: 'contributes' | 'supports';
    readonly visibility?: 'public' | 'private';
    /** A new development goal's kind and competencies (see `ObjectiveDraft.kind`); absent otherwise. */
    readonly kind?: 'standard' | 'development';
    readonly competencyIds?: readonly string[];
    /** Present when the person changed the owner's status: the new one with its reason, or `null` to clear it. */
    readonly manualStatus?: { readonly status: Status; readonly note: string } | null;
    /**
     * Key results with `id` are kept (fields the person did not change carry their saved values;
     * a cleared number or unit is `null`); without `id` they are new.
     */
    readonly keyResults: readonly {
      readonly id?: string;
      readonly title: string;
      readonly type: KeyResultKind;
      readonly start?: number | null;
      readonly target?: number | null;
      readonly min?: number | null;
      readonly max?: number | null;
      readonly unit?: string | null;
      /**
       * Who owes the check-ins: present when the person set or changed it, `null` when they gave it back
       * to the objective's owner.
       */
      readonly checkInResponsibleId?: string | null;
      /**
       * Where its value comes from: present when the person set or changed it (`{ mode: 'manual' }` when they
       * went back to people checking in), never with `lastSync` (the server keeps it).
       */
      readonly source?: {
        readonly mode: 'manual' | 'push' | 'pull';
        readonly connector?: string | null;
        readonly config?: Readonly<Record<string, unknown>> | null;
        readonly schedule?: 'hourly' | 'daily' | 'weekly' | null;
        readonly transform?: {
          readonly scale?: number;
          readonly offset?: number;
          readonly aggregate?: 'latest' | 'sum' | 'mean' | 'min' | 'max' | 'count' | 'running-sum';
        } | null;
      } | null;
      /** Present when the person changed it. */
      readonly allowValuesOutsideCycle?: boolean;
      readonly milestones?: readonly {
        readonly title: string;
        readonly done: boolean;
        readonly weight?: number | undefined;
        readonly due?: string | null | undefined;
      }[];
    }[];
  };
}

/** The detail of `onCarryOver` and of the `gk-carry-over` event: carry the objective into `cycleId` as a draft. */
export interface GoalEditorCarryOverDetail {
  readonly objectiveId: string;
  readonly cycleId: string;
  /** Connected mode: the copy the server made. */
  readonly copyId?: string;
}

/** The detail of `onTransition` and of the `gk-transition` event. */
export interface GoalEditorTransitionDetail {
  readonly objectiveId: string;
  readonly action: TransitionAction;
  readonly comment?: string;
}

/** The field key of an objective field (`title`) or key-result field (`keyResults.1.target`). */
export type FieldKey = ObjectiveField | `keyResults.${number}.${KeyResultField | 'milestones'}`;

/** What the linter knows about the organisation: cycles and owners, to resolve the draft's. */
export interface GoalEditorContext {
  readonly cycles?: readonly CycleData[] | undefined;
  readonly owners?:
    | readonly { readonly id: string; readonly name: string; readonly kind?: string | undefined }[]
    | undefined;
  /** The lint date, for rules about "now". */
  readonly asOf?: string | Date | undefined;
}

/** A goal the objective may align to, as `GET /alignment-candidates` lists them. */
export interface ParentCandidate {
  readonly id: string;
  readonly title: string;
  /** Who owns it, shown beside its title. */
  readonly ownerName?: string | undefined;
  /** How its owner relates to the objective's owner; groups the choices. @default 'other' */
  readonly relation?: 'team' | 'manager' | 'company' | 'other' | undefined;
}

/**
 * What the host answers for "Suggest a SMART rewrite": the accepted rewrite with the linter's SMART score
 * before and after, or a refusal with its reason (the shape of `POST /assist/rewrite-smart`'s reply and of
 * core's `assist()` result, so either can be returned as it is).
 */
export type GoalEditorAssistAnswer =
  | {
      readonly ok: true;
      readonly value: DraftObjective;
      readonly smart: { readonly before: number; readonly after: number };
    }
  | { readonly ok: false; readonly reason: string; readonly message?: string | undefined };

/** The rewrite being asked for, shown, refused, or failed (the request itself). */
export type GoalEditorAssistState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'proposal';
      readonly value: DraftObjective;
      readonly smart: { readonly before: number; readonly after: number };
    }
  | { readonly status: 'refused'; readonly reason: string }
  | { readonly status: 'failed' }
  /** The person accepted: the form holds the proposal (said once, in the status region). */
  | { readonly status: 'accepted' };
