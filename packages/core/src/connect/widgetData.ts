import type { KeyResultKind, ObjectiveState } from '../i18n/messages.js';
import type { Status } from '../scoring/types.js';

/*
 * The data widgets show. These are structural: the API resources of `@goalkit/client`
 * (`Objective`, `KeyResult`, `CheckIn`, `Comment`, `TreeNode`) satisfy them as they are, and so
 * can hand-built fixtures, without core depending on the client.
 */

/** A goal's score, as the core engine computes it and the API carries it. */
export interface ScoreData {
  /** Progress clamped to [0, 1]. */
  readonly progress: number;
  /** Unclamped progress, for overachievement. */
  readonly raw?: number | undefined;
  /** Where progress should be by now, in [0, 1]. */
  readonly expected: number;
  readonly status: Status;
  /** The latest confidence in [0, 1], or `null`. */
  readonly confidence: number | null;
  readonly hasData: boolean;
  readonly forecast?: { readonly value: number; readonly progress: number } | null | undefined;
}

/** One step of a milestones key result. */
export interface MilestoneData {
  readonly title: string;
  readonly done: boolean;
  readonly weight?: number | undefined;
  readonly due?: string | null | undefined;
}

/** The outcome of a key result's latest pull, as the server records it. */
export interface LastSyncData {
  /** RFC 3339 timestamp of the pull. */
  readonly at: string;
  readonly ok: boolean;
  /** Why it failed, in words (shown as plain text). */
  readonly error?: string | null | undefined;
  /** How many days' values it recorded (new or changed). */
  readonly recorded?: number | undefined;
}

/** Where a key result's value comes from: people (`manual`), a system pushing it (`push`), or a connector (`pull`). */
export interface KeyResultSourceData {
  readonly mode: 'manual' | 'push' | 'pull';
  /** The connector's id (`http-json`, `csv`, or one the server registers). */
  readonly connector?: string | null | undefined;
  /** The connector's settings (never secrets: whoever sees the goal may read them). */
  readonly config?: Readonly<Record<string, unknown>> | null | undefined;
  /** How often the server pulls; `null`: only on "Sync now". */
  readonly schedule?: 'hourly' | 'daily' | 'weekly' | null | undefined;
  readonly transform?:
    | {
        readonly scale?: number | undefined;
        readonly offset?: number | undefined;
        readonly aggregate?: 'latest' | 'sum' | 'mean' | 'min' | 'max' | 'count' | 'running-sum' | undefined;
      }
    | null
    | undefined;
  /** The latest pull's outcome (set by the server). */
  readonly lastSync?: LastSyncData | null | undefined;
}

/** A key result as a widget shows it. */
export interface KeyResultData {
  readonly id: string;
  readonly objectiveId?: string | undefined;
  readonly title: string;
  readonly type: KeyResultKind;
  readonly start?: number | null | undefined;
  readonly target?: number | null | undefined;
  readonly min?: number | null | undefined;
  readonly max?: number | null | undefined;
  readonly unit?: string | null | undefined;
  readonly unitKind?: 'currency' | null | undefined;
  /** The current value: a number, or `true`/`false` for a boolean key result. */
  readonly current: number | boolean | null;
  readonly done?: boolean | undefined;
  readonly milestones?: readonly MilestoneData[] | undefined;
  readonly weight?: number | undefined;
  readonly due?: string | null | undefined;
  /** The person who owes its check-ins, when not the objective's owner (or a team goal's lead). */
  readonly checkInResponsibleId?: string | null | undefined;
  /** RFC 3339 timestamp of the latest check-in, or `null`. */
  readonly lastCheckInAt?: string | null | undefined;
  readonly version?: number | undefined;
  readonly score: ScoreData;
  /** Where its value comes from; left out or `null`: people check in. */
  readonly source?: KeyResultSourceData | null | undefined;
  /** Accept values (pushed or pulled) for days outside the objective's cycle. @default false */
  readonly allowValuesOutsideCycle?: boolean | undefined;
}

/** An objective as a widget shows it. */
export interface ObjectiveData {
  readonly id: string;
  readonly title: string;
  readonly description?: string | undefined;
  readonly ownerId: string;
  readonly cycleId: string;
  readonly parentId?: string | null | undefined;
  readonly alignment?: 'contributes' | 'supports' | undefined;
  /** `private` objectives are seen only by their owner (a team's members), the owner's managers and admins. */
  readonly visibility?: 'public' | 'private' | undefined;
  /** `development` for a goal of growth in competencies (`competencyIds`). @default 'standard' */
  readonly kind?: 'standard' | 'development' | undefined;
  readonly competencyIds?: readonly string[] | undefined;
  readonly state?: ObjectiveState | undefined;
  readonly version?: number | undefined;
  readonly score: ScoreData;
  /** Lifecycle actions the viewer may take now. */
  readonly allowedTransitions?:
    | readonly ('propose' | 'approve' | 'return' | 'close' | 'reopen' | 'withdraw')[]
    | undefined;
  readonly keyResults: readonly KeyResultData[];
  /** The owner's own status with its reason; `score.status` stays the computed one. */
  readonly manualStatus?:
    | { readonly status: Status; readonly note: string; readonly setByName: string; readonly at: string }
    | null
    | undefined;
  /** A draft that was returned: the approver's comment, who returned it and when. */
  readonly returned?: { readonly comment: string; readonly byName: string; readonly at: string } | null | undefined;
  /** A proposal: who may approve it first. */
  readonly waitingFor?: readonly { readonly id: string; readonly name: string }[] | undefined;
}

/** One check-in of a key result. */
export interface CheckInData {
  readonly id: string;
  /** RFC 3339 timestamp or `YYYY-MM-DD`. */
  readonly at: string;
  readonly value: number | boolean | null;
  readonly milestones?: readonly boolean[] | undefined;
  readonly confidence: number | null;
  readonly note: string | null;
  /** Where the value came from: a person (`manual`), a system pushing it (`api`) or a connector pulling it. @default 'manual' */
  readonly source?: 'manual' | 'api' | 'connector' | undefined;
  /** The pushing or pulling system's own reference for the value (a run id, a row), shown as plain text. */
  readonly sourceRef?: string | null | undefined;
}

/** A comment or kudos on an objective. */
export interface CommentData {
  readonly id: string;
  readonly kind: 'comment' | 'kudos';
  readonly body: string;
  readonly authorName: string;
  /** RFC 3339 timestamp. */
  readonly createdAt: string;
}

/** One node of the alignment tree, as `GET /tree` returns it. */
export interface TreeNodeData {
  readonly id: string;
  readonly parentId: string | null;
  readonly title: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly ownerKind?: 'org' | 'department' | 'team' | 'person' | undefined;
  /** `private` goals show a badge. @default 'public' */
  readonly visibility?: 'public' | 'private' | undefined;
  /** Children on the server; more than are loaded means "load lazily". */
  readonly childCount: number;
  readonly score: ScoreData;
}

/** A cycle (a quarter, say). */
export interface CycleData {
  readonly id: string;
  readonly name: string;
  /** `YYYY-MM-DD` */
  readonly start: string;
  /** `YYYY-MM-DD` */
  readonly end: string;
}

/** The placeholder states every widget has besides showing its data. */
export type LoadState = 'loading' | 'error' | 'empty';
