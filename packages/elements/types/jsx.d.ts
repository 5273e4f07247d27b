/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type GkAlignmentTreeProps = {
  /** Connected mode: the cycle whose tree to show. */
  cycle?: string | undefined;
  /** Connected mode: levels to load at first. */
  depth?: number | undefined;
  /** Nodes open at first (attribute: space-separated ids). */
  "default-expanded"?: readonly string[] | undefined;
  /** Height of every row in CSS pixels (windowing needs a fixed height). */
  "row-height"?: number;
  /** Maximum height of the tree viewport in CSS pixels; a tree with fewer rows is as tall as its rows. */
  height?: number;
  /** The tree's accessible name. */
  label?: string | undefined;
  /** Hide the owner and status filters. */
  "hide-filters"?: boolean;
  /** The selected node's id (reflected). */
  selected?: string | undefined;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the nodes, as `GET /tree` returns them. */
  nodes?: readonly TreeNodeData[] | undefined;
  /** Presentational mode: ids of nodes whose children are loading. */
  loading?: ReadonlySet<string> | undefined;
  /** The person selected a node (Enter, Space or a click). */
  "ongk-select"?: (e: CustomEvent<GkSelectEvent>) => void;
  /** Presentational mode: a node with unloaded children was opened. */
  "ongk-load-children"?: (e: CustomEvent<GkLoadChildrenEvent>) => void;
  /** Connected mode: the tree or a node's children could not be loaded. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkApprovalListProps = {
  /** The heading's level, to fit the page's outline. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the goals waiting. */
  items?: readonly ApprovalItemData[] | undefined;
  /** The moment "2 days ago" is measured from. */
  now?: string | Date | undefined;
  /**  */
  ondetail?: (e: CustomEvent<GkTransitionEvent>) => void;
  /** Presentational: the approval or return to take. Connected: the server took it. */
  "ongk-transition"?: (e: CustomEvent<GkTransitionEvent>) => void;
  /** Connected mode: loading or an action failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCalibrationGridProps = {
  /** Connected mode: the review cycle's id. */
  "cycle-id"?: string | undefined;
  /** The heading's level, to fit the page's outline (the dialog's title is one below). */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the grid (`GET /review-cycles/{id}/calibration`). */
  calibration?: CalibrationGridData | undefined;
  /**  */
  ondetail?: (e: CustomEvent<GkCalibrationMoveEvent>) => void;
  /** Presentational: the move to record. Connected: the server recorded it. */
  "ongk-calibration-move"?: (e: CustomEvent<GkCalibrationMoveEvent>) => void;
  /** Connected mode: loading or a move failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCalibrationProps = {
  /** Connected mode: the cycle's id; calibration reads the closed cycles up to it. */
  cycle?: string | undefined;
  /** Connected mode: whose scope, a person's or a team's id. */
  owner?: string | undefined;
  /** The fraction of the cycle whose stated confidence shows; the viewer's switch sets it. */
  fraction?: number;
  /** The heading's level, to fit the page's outline. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the calibration, or why it is hidden. */
  calibration?: GuardedData<CalibrationData> | undefined;
  /** Connected mode: loading failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCheckInFormProps = {
  /** Connected mode: the objective the key result belongs to. */
  "objective-id"?: string | undefined;
  /** Connected mode: the key result's id. */
  "key-result-id"?: string | undefined;
  /** The field name of its value in a surrounding form (the check-in as JSON). */
  name?: string | undefined;
  /** In a surrounding form: a new value must be entered. */
  required?: boolean;
  /** Disables every input (also set by a disabled fieldset around it). */
  disabled?: boolean;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the key result to check in. */
  keyResult?: KeyResultData | undefined;
  /** The surrounding form, if any. */
  form?: HTMLFormElement | null;
  /** Presentational: the check-in to record (`event.waitUntil()` takes your promise). Connected: the server recorded it. */
  "ongk-check-in"?: (e: CustomEvent<GkCheckInEvent>) => void;
  /** Connected mode: loading or saving failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCheckInInboxProps = {
  /** Connected mode: whose check-ins. */
  person?: string | undefined;
  /** The IANA time zone dates are written in. */
  "time-zone"?: string | undefined;
  /** The heading's level, to fit the page's outline. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the check-ins owed. */
  items?: readonly DueCheckInData[] | undefined;
  /** Presentational mode: the objectives of the key results owed (their titles, and the forms' key results). */
  objectives?: readonly ObjectiveData[] | undefined;
  /** The moment "Due today" is measured from. */
  now?: string | Date | undefined;
  /** From the inline `<gk-check-in-form>`. Presentational: the check-in to record (`event.waitUntil()` takes your promise). Connected: the server recorded it. */
  "ongk-check-in"?: (e: CustomEvent<GkCheckInEvent>) => void;
  /** Connected mode: loading or a check-in failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCheckInTimelineProps = {
  /** Connected mode: the objective the key result belongs to. */
  "objective-id"?: string | undefined;
  /** Connected mode: the key result's id. */
  "key-result-id"?: string | undefined;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the key result. */
  keyResult?: KeyResultData | undefined;
  /** Presentational mode: its check-ins, in any order. */
  checkIns?: readonly CheckInData[] | undefined;
  /** Presentational mode: the cycle's dates, for the time axis and the expected line. */
  cycle?: Pick<CycleData, "start" | "end"> | undefined;
  /** Connected mode: the key result or its check-ins could not be loaded. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCompetencyMatrixProps = {
  /** Connected mode: the person's id (`GET /people/{id}/competencies`, inside a `<gk-provider>`). */
  "person-id"?: string | undefined;
  /** Connected mode: show the assessments given up to this instant or day (ISO 8601). */
  "as-of"?: string | undefined;
  /** The heading's level, to fit the page's outline. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** The person's profile: their level and target, and each competency's expected and assessed level. */
  profile?: CompetencyProfileData | undefined;
  /** Connected mode: a display name per competency id. */
  names?: Readonly<Record<string, string>> | undefined;
  /** Connected mode: loading or saving failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkCycleDashboardProps = {
  /** The cycle's display name for the heading. Connected mode loads it. */
  "cycle-name"?: string | undefined;
  /** Connected mode: the cycle's id. */
  cycle?: string | undefined;
  /** Connected mode: only this owner's objectives (a person or team). */
  "owner-id"?: string | undefined;
  /** A key result without a check-in for this many days is stale. */
  "stale-after-days"?: number | undefined;
  /** Presentational mode: the cycle's last day (`YYYY-MM-DD`). Connected mode loads it. */
  "cycle-end"?: string | undefined;
  /** Offer carrying over from this many days before the cycle ends. */
  "closing-days"?: number | undefined;
  /** Carries on their way, done or failed, by objective id. */
  carrying?: Readonly<Record<string, "carrying" | "carried" | "failed">>;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the objectives of one cycle. */
  objectives?: readonly ObjectiveData[] | undefined;
  /** The moment staleness is measured from. */
  now?: string | Date | undefined;
  /** Presentational mode: the cycle unfinished goals are carried into. Connected mode finds it. */
  nextCycle?: Pick<Cycle, "id" | "name"> | undefined;
  /** Presentational mode: goals already carried into `nextCycle`. Connected mode finds them. */
  carriedIds?: readonly string[] | undefined;
  /** Connected mode: the objectives could not be loaded, or a goal not carried over. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
  /** Presentational: carry a goal into the next cycle (answer with `respondWith`). Connected: carried (with `copyId`). */
  "ongk-carry-over"?: (e: CustomEvent<GkCarryOverEvent>) => void;
};

export type GkDigestProps = {
  /** Connected mode: whose goals, a person's or a team's id. */
  owner?: string | undefined;
  /** Connected mode: the first day, `YYYY-MM-DD`. */
  from?: string | undefined;
  /** Connected mode: the last day, `YYYY-MM-DD`. */
  to?: string | undefined;
  /** The IANA time zone check-in and kudos times are written in. */
  "time-zone"?: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below, entries two. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the digest to show. */
  digest?: DigestData | undefined;
  /** Presentational mode: the objectives the digest names (for titles). */
  objectives?: readonly ObjectiveData[] | undefined;
  /** Presentational mode: people and teams, for the scope's name and who gave kudos. */
  owners?: readonly DigestOwnerData[] | undefined;
  /** Connected mode: loading failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkFeedbackThreadProps = {
  /** The objective the feedback is about (both modes). */
  "objective-id"?: string | undefined;
  /** Hide the composer (people who may not comment see the thread only). */
  "read-only"?: boolean;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the comments and kudos. */
  comments?: readonly CommentData[] | undefined;
  /** The moment "2 days ago" is measured from. */
  now?: string | Date | undefined;
  /** Presentational mode: "Summarise", called with the objective's id; answer the summary (each sentence citing
comment ids) or a refusal (`POST /assist/summarise-feedback`'s reply, or core's `assist()` result). Shown only
when set. Connected mode offers it when the server does (`GET /assist`), inside a `<gk-provider assist>`. */
  assist?: ((objectiveId: string) => FeedbackSummaryAnswer | Promise<FeedbackSummaryAnswer>) | undefined;
  /** Presentational: the post to record. Connected: the server recorded it. */
  "ongk-comment"?: (e: CustomEvent<GkCommentEvent>) => void;
  /** Connected mode: loading or posting failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkGoalEditorProps = {
  /** Connected mode: the objective to edit, or `new` to create one. */
  "objective-id"?: string | undefined;
  /** The lint date (`YYYY-MM-DD`), for rules about "now". */
  "as-of"?: string | undefined;
  /** The field name of its value in a surrounding form (the objective as JSON). */
  name?: string | undefined;
  /** Disables every input (also set by a disabled fieldset around it). */
  disabled?: boolean;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the objective to edit; leave it out to create one. */
  objective?: ObjectiveData | undefined;
  /** Cycles to choose from (and for the linter's time rules). Connected mode loads them. */
  cycles?: readonly CycleData[] | undefined;
  /** Owners to choose from. Connected mode loads them. */
  owners?: readonly EditorOwner[] | undefined;
  /** Objectives this one may align to (connected mode loads them from `GET /alignment-candidates` unless set). */
  parents?: readonly ParentCandidate[] | undefined;
  /** Starting values of a new objective (owner, cycle). */
  defaults?: Partial<ObjectiveDraft> | undefined;
  /** The moment "2 days ago" is measured from. */
  now?: string | Date | undefined;
  /** Presentational mode: "Suggest a SMART rewrite", called with the draft as it is; answer the rewrite with
its SMART scores or a refusal (`POST /assist/rewrite-smart`'s reply, or core's `assist()` result). The
action shows only when it is set. Connected mode offers it when the server does (`GET /assist`), inside
a `<gk-provider assist>`. */
  assist?: ((objective: DraftObjective) => GoalEditorAssistAnswer | Promise<GoalEditorAssistAnswer>) | undefined;
  /** The surrounding form, if any. */
  form?: HTMLFormElement | null;
  /**  */
  ondetail?: (e: CustomEvent<GkTransitionEvent>) => void;
  /** Presentational: the objective to save. Connected: the server saved it. */
  "ongk-save"?: (e: CustomEvent<GkSaveEvent>) => void;
  /** Presentational: a lifecycle action to take. */
  "ongk-transition"?: (e: CustomEvent<GkTransitionEvent>) => void;
  /** Presentational: carry the objective into the next cycle. Connected: carried (with `copyId`). */
  "ongk-carry-over"?: (e: CustomEvent<GkCarryOverEvent>) => void;
  /** Connected mode: loading, saving or a lifecycle action failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkGrowthPlanProps = {
  /** Connected mode: the person's id (their gaps, inside a `<gk-provider>`). */
  "person-id"?: string | undefined;
  /** Connected mode: the level to plan for, on the person's track. */
  target?: string | undefined;
  /** The heading's level, to fit the page's outline. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** The person's profile: their level and target, and each competency's expected and assessed level. */
  profile?: CompetencyProfileData | undefined;
  /** The person's objectives; the active development goals among them cover gaps. */
  goals?: readonly DevelopmentGoalData[];
  /** Connected mode: a display name per competency id. */
  names?: Readonly<Record<string, string>> | undefined;
  /** "Draft a goal": `detail` is the development goal to draft. */
  "ongk-draft-goal"?: (e: CustomEvent<GkDraftGoalEvent>) => void;
  /** Connected mode: loading or saving failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkKeyResultProps = {
  /** Connected mode: the objective the key result belongs to. */
  "objective-id"?: string | undefined;
  /** Connected mode: the key result's id. */
  "key-result-id"?: string | undefined;
  /** Heading level of the title, to fit the page outline. */
  "heading-level"?: number;
  /** Presentational mode: offer "Sync now" on a key result that pulls its values (connected: when the viewer may edit). */
  "can-sync"?: boolean;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the key result to show. */
  keyResult?: KeyResultData | undefined;
  /** The moment "5 days ago" is measured from. */
  now?: string | Date | undefined;
  /**  */
  ondetail?: (e: CustomEvent<GkSyncEvent>) => void;
  /** Connected mode: the objective could not be loaded, or "Sync now" failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
  /** "Sync now": presentational mode asks the page to pull (`waitUntil()` shows "Syncing…"; resolve it with the reply's `{ lastSync }`); connected mode tells the pull went through. */
  "ongk-sync"?: (e: CustomEvent<GkSyncEvent>) => void;
};

export type GkObjectiveCardProps = {
  /** Connected mode: the objective's id. */
  "objective-id"?: string | undefined;
  /** The owner's display name. */
  "owner-name"?: string | undefined;
  /** The cycle's display name. */
  "cycle-name"?: string | undefined;
  /** The title of the objective it aligns to. */
  "parent-title"?: string | undefined;
  /** The SMART score, 0–100. */
  "smart-score"?: number | undefined;
  /** Whether the key results show. */
  expanded?: boolean;
  /** Whether the explanation shows. */
  explaining?: boolean;
  /** Heading level of the title; key results use the next level. */
  "heading-level"?: number;
  /** Presentational mode: offer "Sync now" on key results that pull their values, when the objective is editable
(the page answers `gk-sync`); connected mode offers it to people who may edit the objective. */
  "can-sync"?: boolean;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the objective to show. */
  objective?: ObjectiveData | undefined;
  /** From the core scorer's `explain()`; the key-result roll-up otherwise. */
  explanation?: Explanation | undefined;
  /** The moment check-in ages are measured from. */
  now?: string | Date | undefined;
  /** Connected mode: the objective could not be loaded, or "Sync now" failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
  /** "Sync now" on a key result that pulls its values: presentational mode (with `can-sync`) asks the page to pull; connected mode tells the pull went through. */
  "ongk-sync"?: (e: CustomEvent<GkSyncEvent>) => void;
};

export type GkOneOnOneProps = {
  /** Connected mode: the meeting's id. */
  "meeting-id"?: string | undefined;
  /** The signed-in person: names the other participant; they may delete their own points. */
  "viewer-id"?: string | undefined;
  /** Presentational mode: when the previous meeting was, for carried points. */
  "previous-meeting-at"?: string | undefined;
  /** Show the meeting without changing it. */
  "read-only"?: boolean;
  /** The time zone of the meeting's time. */
  "time-zone"?: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the meeting (what `GET /meetings/{id}` returns). */
  meeting?: MeetingData | undefined;
  /** The day overdue action items are measured against. */
  now?: string | Date | undefined;
  /** Presentational: the change to make. Connected: the server made it. */
  "ongk-meeting-change"?: (e: CustomEvent<GkMeetingChangeEvent>) => void;
  /** Connected mode: loading or a change failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkProgramHealthProps = {
  /** Connected mode: the cycle's id. */
  cycle?: string | undefined;
  /** Connected mode: whose scope, a person's or a team's id. */
  owner?: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: what `GET /analytics` returns. */
  health?: ProgramHealthData | undefined;
  /** Titles of objectives, for the list of those without a parent. */
  objectives?: readonly { readonly id: string; readonly title: string }[] | undefined;
  /** Connected mode: loading failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkProgressProps = {
  /** Progress in [0, 1]; values outside are clamped. */
  progress?: number;
  /** Unclamped progress, shown for overachievement ("125%"). */
  raw?: number | undefined;
  /** Expected progress by today in [0, 1]; draws the pace marker. */
  expected?: number | undefined;
  /** Status colour and wording. */
  status?: Status | undefined;
  /** Accessible name of the meter. */
  label?: string | undefined;
  /**  */
  variant?: "bar" | "ring";
  /** BCP 47 locale for numbers and words. */
  locale?: string | undefined;
};

export type GkProviderProps = {
  /** Where the goalkit API lives, such as `https://hr.example.com/api/goalkit`. */
  "base-url"?: string | undefined;
  /** BCP 47 locale for every widget inside (a widget's own `locale` wins). */
  locale?: string;
  /** Subscribe to `GET /events` and refresh exactly what each event affects. */
  live?: boolean;
  /** AI assistance: the widgets inside ask the server once which tasks it offers (`GET /assist`) and show the
assist actions it offers ("Suggest a SMART rewrite", "Summarise"); none when it has no provider. Off,
they never ask. */
  assist?: boolean;
  /** `none`: the widgets' requests go out without waiting for a token (a same-origin proxy or a cookie
signs them in). Otherwise they wait until `getToken` or `token` is set. */
  auth?: "none" | undefined;
  /** Returns the bearer token for each request. A property only: a token never belongs in an attribute.
Setting it (again) tells the provider the credentials are there: requests waiting for them go out. */
  getToken?: TokenGetter | undefined;
  /** A fixed bearer token, set by script; `getToken` wins when both are set. */
  token?: string | undefined;
  /** A client you made with `createClient()`; `base-url` and the token are then not used. */
  client?: GoalkitClient | undefined;
  /** A query cache to share with the host app. */
  queryClient?: QueryClient | undefined;
  /** A live-event subscriber you own (as `createLiveEvents()` returns); used instead of `live`. */
  liveEvents?: LiveEventSource | undefined;
  /** The `fetch` the built client and live events use (a proxy's, or a test's). */
  fetch?: typeof globalThis.fetch | undefined;
  /** The value the widgets inside currently see. */
  context?: GoalkitContextValue | undefined;
  /** The server refused the token (401); set a fresh one. */
  "ongk-unauthorized"?: (e: CustomEvent<GkUnauthorizedEvent>) => void;
};

export type GkReviewFormProps = {
  /** Connected mode: the review's id. */
  "review-id"?: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. */
  "heading-level"?: number;
  /** The time zone "Saved at 10:42" is told in. */
  "time-zone"?: string | undefined;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** Presentational mode: the review (`GET /reviews/{id}`). */
  review?: ReviewFormReviewData | undefined;
  /** Presentational mode: its cycle, with the questions and steps (`GET /review-cycles/{id}`). */
  cycle?: ReviewFormCycleData | undefined;
  /** Presentational mode: the review as the server has it now, after a conflict. */
  latest?: (() => Promise<ReviewFormReviewData | undefined>) | undefined;
  /** The time a save is recorded at. */
  now?: (() => Date) | undefined;
  /**  */
  ondetail?: (e: CustomEvent<GkReviewSaveEvent>) => void;
  /** Presentational: the answers to save as a draft. Connected: the server saved them. */
  "ongk-review-save"?: (e: CustomEvent<GkReviewSaveEvent>) => void;
  /** Presentational: submit or acknowledge. Connected: the server did. */
  "ongk-review-transition"?: (e: CustomEvent<GkReviewTransitionEvent>) => void;
  /** Connected mode: loading or saving failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type GkSkillRadarProps = {
  /** Connected mode: the person's id (`GET /people/{id}/competencies`, inside a `<gk-provider>`). */
  "person-id"?: string | undefined;
  /** Connected mode: show the assessments given up to this instant or day (ISO 8601). */
  "as-of"?: string | undefined;
  /** The heading's level, to fit the page's outline. */
  "heading-level"?: number;
  /** BCP 47 locale of text, numbers and dates. */
  locale?: string | undefined;
  /** The person's profile: their level and target, and each competency's expected and assessed level. */
  profile?: CompetencyProfileData | undefined;
  /** Connected mode: a display name per competency id. */
  names?: Readonly<Record<string, string>> | undefined;
  /** Connected mode: loading or saving failed. */
  "ongk-error"?: (e: CustomEvent<GkErrorEvent>) => void;
};

export type CustomElements = {
  /**
   * The goal cascade (company → department → team → person) as a WAI-ARIA tree, with filters and fixed-row-height windowing so 10,000 nodes stay smooth.
   *
   * Keyboard: ArrowUp/Down move, ArrowRight opens or enters, ArrowLeft closes or goes to the parent,
   * Home/End jump, Enter/Space select, `*` opens every sibling, letters search titles.
   * Presentational: set `nodes` (as `GET /tree` returns them) and answer `gk-load-children` by adding
   * children. Connected: set `cycle` inside a `<gk-provider>`; children load lazily.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-select** - The person selected a node (Enter, Space or a click).
   * - **gk-load-children** - Presentational mode: a node with unloaded children was opened.
   * - **gk-error** - Connected mode: the tree or a node's children could not be loaded.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-tree-max-height** - Maximum height of the tree viewport (the `height` property sets it); fewer rows make it shorter. _(default: 30rem)_
   * - **--gk-color-accent** - Brand colour (the selected row's edge, focus ring). _(default: #0b5cd5)_
   * - **--gk-color-raised** - Selected row background. _(default: #f6f8fa)_
   * - **--gk-color-surface** - Tree background. _(default: #ffffff)_
   * - **--gk-color-border** - Tree border. _(default: #8c959f)_
   *
   * ### **CSS Parts:**
   *  - **root** - Filters and tree.
   * - **filters** - The filter bar.
   * - **filter-field** - A label and its select.
   * - **filter** - The owner or status select.
   * - **tree** - The scrolling `role="tree"` viewport.
   * - **spacer** - The full height of all rows.
   * - **window** - The rendered rows, shifted to the scroll position.
   * - **item** - One `treeitem` row.
   * - **toggle** - The open/close arrow.
   * - **label** - Title and owner.
   * - **title** - The node's title.
   * - **private-badge** - "Private" on a private goal.
   * - **meta** - Its owner, or "loading…".
   * - **progress** - The row's `<gk-progress>`; its parts are exported as `progress-*`.
   * - **empty** - "No goals match these filters."
   * - **state-message** - The loading, error or empty message.
   * - **retry** - The error state's retry button.
   */
  "gk-alignment-tree": Partial<GkAlignmentTreeProps & BaseProps & BaseEvents>;

  /**
   * The goals waiting for the viewer's approval, oldest first: what each measures, Approve as the primary action, and Return with a required comment.
   *
   * Presentational: set `items` and listen to `gk-transition` (`event.waitUntil(promise)` shows progress and
   * failures). Connected: place it inside a `<gk-provider>`; it lists `GET /approvals` and acts through the client.
   * After an action, focus moves to the list's heading and the outcome is announced politely.
   * ---
   *
   *
   * ### **Events:**
   *  - **detail**
   * - **gk-transition** - Presentational: the approval or return to take. Connected: the server took it.
   * - **gk-error** - Connected mode: loading or an action failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (Approve). _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The list and its heading.
   * - **heading** - "Waiting for your approval" with the count.
   * - **count** - The count.
   * - **announcement** - The last action's outcome (a polite live region).
   * - **list** - The goals.
   * - **item** - One goal waiting.
   * - **title** - Its title.
   * - **meta** - Owner and when it was proposed.
   * - **key-results** - What it measures (a disclosure).
   * - **actions** - Approve and return.
   * - **approve** - The primary action.
   * - **open-return** - Opens the comment for returning it.
   * - **return** - The comment box and its buttons.
   * - **comment-label** - "What should change?"
   * - **comment** - The comment box.
   * - **error** - "Say what should change…"
   * - **confirm-return** - Returns it with the comment.
   * - **cancel** - Closes the comment box.
   * - **status** - Approving, returning or failed.
   * - **empty** - "Nothing is waiting for your approval."
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-approval-list": Partial<GkApprovalListProps & BaseProps & BaseEvents>;

  /**
   * A nine-box calibration grid of potential against performance: people in their boxes, moves by keyboard, click or drag with a required reason, and the placements as a table.
   *
   * Presentational: set `calibration` (`GET /review-cycles/{id}/calibration`) and listen to `gk-calibration-move`
   * (`event.waitUntil(promise)` shows the person saving; resolve it with the person as the server placed them, or
   * reject it to put them back with the reason). Connected: set `cycle-id` inside a `<gk-provider>`. Keyboard:
   * Enter or Space on a person picks them up, the arrow keys choose a box, Enter opens the reason dialog, Escape
   * cancels. Read-only, saying why, when the cycle is not calibrating.
   * ---
   *
   *
   * ### **Events:**
   *  - **detail**
   * - **gk-calibration-move** - Presentational: the move to record. Connected: the server recorded it.
   * - **gk-error** - Connected mode: loading or a move failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - The target box, the picked person and Move. _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget and its heading.
   * - **heading** - "Calibration".
   * - **hint** - How to move people, or why the grid is read-only (`data-read-only`).
   * - **toolbar** - The live region and "Cancel" while someone is picked up.
   * - **live** - What is happening, for screen readers and sighted people alike.
   * - **cancel-move** - Cancel the move under way.
   * - **failure** - The last failed move, in words (an alert).
   * - **empty** - No one to calibrate.
   * - **layout** - The grid, the people not placed and the table (inert while the dialog is open).
   * - **grid** - The nine boxes and their axes.
   * - **axis-potential** - The potential axis' title.
   * - **axis-performance** - The performance axis' title.
   * - **row-header** - A level of potential (`data-level`).
   * - **column-header** - A level of performance (`data-level`).
   * - **box** - One box (`data-potential`, `data-performance`, `data-target` while it is a move's target).
   * - **box-label** - Its two levels in words.
   * - **box-count** - How many people it holds.
   * - **people** - Its people.
   * - **person** - One person (`data-adjusted`, `data-pending`, `data-failed`).
   * - **chip** - The person's button (a plain chip when they cannot be moved; `data-picked`).
   * - **name** - Their name.
   * - **score** - Their final score in words.
   * - **badge** - "moved", for people calibration moved.
   * - **person-note** - The last move with its reason, saving, or why a move failed.
   * - **move-here** - "Move here", in the other boxes while someone is picked up.
   * - **unplaced** - People without a placement.
   * - **unplaced-heading** - "Not placed: no manager review yet".
   * - **unplaced-list** - Their list.
   * - **caption** - The table's title.
   * - **table-wrap** - Scrolls the table sideways when it is wider than the widget (a focusable region).
   * - **table** - The placements as a table.
   * - **backdrop** - Behind the reason dialog.
   * - **dialog** - The reason dialog (a modal dialog).
   * - **dialog-title** - "Move Ana Silva".
   * - **from-to** - From which box to which.
   * - **form** - The reason's form.
   * - **reason-label** - "Reason (required)".
   * - **reason** - The reason's text box.
   * - **reason-hint** - Who sees the reason.
   * - **reason-error** - A reason is required.
   * - **actions** - Cancel and Move.
   * - **cancel** - Cancel the move.
   * - **confirm** - Move.
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-calibration-grid": Partial<GkCalibrationGridProps & BaseProps & BaseEvents>;

  /**
   * A reliability diagram of stated confidence: stated against achieved, with the Brier and skill scores, over-confidence in words and a table of the bins.
   *
   * Presentational: set `calibration` (the `calibration` of `GET /analytics`, or why it is hidden). Connected:
   * place it inside a `<gk-provider>` with `cycle` (and `owner` for a person's or team's scope); it shows
   * `GET /analytics`. A radio group switches between the confidence stated 25, 50 and 75 % of the way through the
   * cycles (`fraction`); the table of bins is the chart's text alternative.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: loading failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - The points and the line through them. _(default: #0969da)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget and its heading.
   * - **heading** - "Confidence calibration".
   * - **hidden** - Why the figures are hidden.
   * - **fractions** - The switch of the fraction (a fieldset of radio buttons).
   * - **legend** - Its legend.
   * - **fraction-label** - One choice's label.
   * - **fraction-input** - One choice's radio button.
   * - **empty** - Nothing closed had a confidence by then.
   * - **figures** - The chart and the summary.
   * - **chart** - The reliability diagram (an SVG with `role="img"` and a label).
   * - **grid** - Its grid lines.
   * - **axis** - Its tick and axis labels.
   * - **diagonal** - The diagonal of perfect calibration.
   * - **curve** - The line through the bins.
   * - **point** - A bin (its size says its count).
   * - **point-label** - The bin's count.
   * - **summary** - The figures in words.
   * - **summary-item** - One (`data-key` basis, confidence, brier or skill).
   * - **table-wrap** - Scrolls the table sideways when it is wider than the widget (a focusable region).
   * - **table** - The bins as a table.
   * - **caption** - Its title, above it.
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-calibration": Partial<GkCalibrationProps & BaseProps & BaseEvents>;

  /**
   * A check-in: an input that fits the key result's type, confidence and a note, with inline validation, retry and conflict handling.
   *
   * Presentational: set `keyResult` and listen to `gk-check-in` (call `event.waitUntil(promise)` to have
   * the form show saving, then saved or a retry). Connected: set `objective-id` and `key-result-id` inside a
   * `<gk-provider>`; the check-in goes through the client, optimistically. Inside a `<form>` it is a form
   * control: its value (under `name`) is the check-in as JSON, and `required` makes a value mandatory.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-check-in** - Presentational: the check-in to record (`event.waitUntil()` takes your promise). Connected: the server recorded it.
   * - **gk-error** - Connected mode: loading or saving failed.
   *
   * ### **Methods:**
   *  - **checkValidity(): _boolean_** - Whether the input satisfies `required` and parses.
   * - **reportValidity(): _boolean_** - As `checkValidity()`, and shows the browser's message.
   * - **submit(): _void_** - Submit the check-in, as the submit button does.
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (the submit button, focus rings). _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-color-off-track** - Error text. _(default: #cf222e)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The form.
   * - **heading** - "Check in: …".
   * - **value-label** - Label of the number input.
   * - **value** - The number input.
   * - **current** - The current value, under the input.
   * - **error** - An inline error message.
   * - **done** - The done checkbox (boolean key results).
   * - **done-label** - Its label.
   * - **milestones** - The milestone checkboxes' fieldset.
   * - **milestone** - One milestone checkbox.
   * - **milestone-label** - Its label.
   * - **confidence** - The confidence radio group.
   * - **confidence-option** - One confidence radio.
   * - **confidence-label** - Its label.
   * - **note-label** - Label of the note.
   * - **note** - The note.
   * - **submit** - The submit button.
   * - **status** - The live message (saving, saved, failed, conflict).
   * - **retry** - Retry after a failure or conflict, or after a failed load.
   * - **state-message** - The loading, error or empty message.
   */
  "gk-check-in-form": Partial<GkCheckInFormProps & BaseProps & BaseEvents>;

  /**
   * The check-ins a person owes, escalated and overdue first, each saying since when and opening an inline check-in.
   *
   * Presentational: set `items` (what `GET /check-ins/due` lists) and `objectives` (for titles and the forms),
   * and listen to `gk-check-in` from the inline `<gk-check-in-form>` (`event.waitUntil(promise)` shows saving and
   * failures); drop the row from `items` once it is recorded. Connected: place it inside a `<gk-provider>`; it lists
   * `GET /check-ins/due` (for `person`, else the viewer) and checks in through the client. Each row's button opens the
   * check-in and moves focus into it; Escape or Cancel closes it and returns focus. A check-in done is announced
   * politely and focus moves to the heading.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-check-in** - From the inline `<gk-check-in-form>`. Presentational: the check-in to record (`event.waitUntil()` takes your promise). Connected: the server recorded it.
   * - **gk-error** - Connected mode: loading or a check-in failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (Check in, due rows). _(default: #0b5cd5)_
   * - **--gk-color-at-risk** - Overdue rows. _(default: #9a6700)_
   * - **--gk-color-off-track** - Escalated rows. _(default: #cf222e)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The inbox and its heading.
   * - **heading** - "Check-ins you owe" with the count.
   * - **count** - The count, with how many are overdue.
   * - **announcement** - The last check-in done (a polite live region).
   * - **list** - The check-ins owed.
   * - **item** - One check-in owed (`data-state` due, overdue or escalated).
   * - **badge** - Its state in a word.
   * - **title** - The key result's title.
   * - **objective** - The objective it belongs to.
   * - **meta** - Since when it is due, and the last check-in.
   * - **toggle** - Opens the inline check-in.
   * - **panel** - The inline check-in.
   * - **form** - The `<gk-check-in-form>` in it.
   * - **cancel** - Closes the inline check-in.
   * - **empty** - "You are up to date: no check-ins are due."
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-check-in-inbox": Partial<GkCheckInInboxProps & BaseProps & BaseEvents>;

  /**
   * A key result's history: an SVG chart of actual values against the expected line and the forecast, described in words, and the same check-ins as a table.
   *
   * Presentational: set `keyResult`, `checkIns` and `cycle`. Connected: set `objective-id` and
   * `key-result-id` inside a `<gk-provider>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: the key result or its check-ins could not be loaded.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - The actual line. _(default: #0b5cd5)_
   * - **--gk-color-muted** - Axes and the expected line. _(default: #57606a)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The section.
   * - **heading** - "Check-in history".
   * - **summary** - The chart's text alternative, visible above it.
   * - **chart** - The SVG (`role="img"`).
   * - **axis** - Axis lines and labels.
   * - **actual** - The line of recorded values.
   * - **expected** - The expected-pace line.
   * - **forecast** - The forecast line.
   * - **point** - One recorded value.
   * - **legend** - The legend.
   * - **legend-item** - One legend entry (`data-line`).
   * - **table** - The check-ins as a table, newest first.
   * - **source** - In a value's cell: where a value a system or a connector sent came from ("From a system · warehouse run 41").
   * - **empty** - "No check-ins yet."
   * - **state-message** - The loading or error message.
   * - **retry** - The error state's retry button.
   */
  "gk-check-in-timeline": Partial<GkCheckInTimelineProps & BaseProps & BaseEvents>;

  /**
   * Expected against assessed per competency, as a table, with the gap in words and numbers and self-assessed ratings flagged.
   *
   * Presentational: set `profile` (`competencyProfile()` of `@goalkit/core/connect`: the person's level and target,
   * each competency's expected and assessed level, whose rating it is, the gap, and readiness). The table scrolls
   * sideways in its own focusable region when it is wider than the widget. Connected: set `person-id` (and
   * `as-of`) inside a `<gk-provider>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: loading or saving failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Focus ring. _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget and its heading.
   * - **heading** - "Competencies".
   * - **summary** - Where the person stands and their readiness.
   * - **placement** - "Engineer, working towards Senior engineer".
   * - **readiness** - "Readiness for Senior engineer: 71%".
   * - **empty** - The level expects nothing.
   * - **table-wrap** - Scrolls the table sideways when it is wider than the widget (a focusable region).
   * - **table** - The competencies as a table.
   * - **caption** - Its caption.
   * - **row** - A competency's row (`data-met`, `data-source` self, manager or none).
   * - **name** - The competency's name.
   * - **theme** - Its group ("Craft").
   * - **self-flag** - "Self-assessed", on a rating the person gave themself.
   * - **gap** - The gap in words and numbers (`data-met`).
   * - **self-note** - What "Self-assessed" means.
   * - **state-message** - Connected mode: the loading, error or no-placement message.
   * - **retry** - Retry a failed load.
   */
  "gk-competency-matrix": Partial<GkCompetencyMatrixProps & BaseProps & BaseEvents>;

  /**
   * One cycle at a glance for a person, a team or the company: counts by status, progress against expected, the distribution of progress, what is at risk or off track, and stale check-ins.
   *
   * Presentational: set `objectives` (and `cycle-name`). Connected: set `cycle` (and optionally
   * `owner-id`) inside a `<gk-provider>`.
   *
   * As the cycle closes (from `closing-days` before its end) and when a next cycle exists, unfinished
   * goals can be carried over to it as drafts. Connected mode finds the next cycle and which goals were
   * carried already; presentational mode takes `cycle-end`, `nextCycle` and `carriedIds`, and answers
   * `gk-carry-over`.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: the objectives could not be loaded, or a goal not carried over.
   * - **gk-carry-over** - Presentational: carry a goal into the next cycle (answer with `respondWith`). Connected: carried (with `copyId`).
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (distribution bars). _(default: #0b5cd5)_
   * - **--gk-color-surface** - Panel background. _(default: #ffffff)_
   * - **--gk-color-at-risk** - At-risk colour. _(default: #9a6700)_
   * - **--gk-color-off-track** - Off-track colour. _(default: #cf222e)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The dashboard.
   * - **heading** - The cycle's name and the number of objectives.
   * - **section** - One panel (`data-section`: counts, progress, distribution, attention, stale).
   * - **section-heading** - A panel's heading.
   * - **count** - One status count (`data-status`).
   * - **progress** - The overall `<gk-progress>`; its parts are exported as `progress-*`.
   * - **bucket** - One bar of the distribution, with its text.
   * - **bar** - The bar itself (width from `--gk-bar-value`).
   * - **attention-item** - An objective at risk or off track.
   * - **stale-item** - A key result without a recent check-in.
   * - **carry-hint** - What carrying over does.
   * - **carry-item** - An unfinished goal at the close.
   * - **carry-over** - Its "Carry over to …" button.
   * - **carry-status** - Carrying over, carried, or failed.
   * - **none** - "Nothing at risk." and similar.
   * - **state-message** - The loading, error or empty message.
   * - **retry** - The error state's retry button.
   */
  "gk-cycle-dashboard": Partial<GkCycleDashboardProps & BaseProps & BaseEvents>;

  /**
   * The week in a person's or team's goals: figures, status changes, new risks, check-ins, kudos and key results nobody checked in.
   *
   * Presentational: set `digest` (what core's `digest()` computes, or `GET /digest` returns), `objectives` (for the
   * titles of objectives and key results) and optionally `owners` (for the scope's name and who gave kudos); what is
   * not among them gets a neutral word. Connected: place it inside a `<gk-provider>`; it shows `GET /digest` for
   * `owner` (else the viewer) from `from` to `to` (else the last 7 days), with the objectives it names and the owners'
   * names. Statuses show as words, kudos as their text; a week with no change says so.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: loading failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-on-track** - On track statuses. _(default: #1a7f37)_
   * - **--gk-color-at-risk** - At risk statuses. _(default: #9a6700)_
   * - **--gk-color-off-track** - Off track statuses. _(default: #cf222e)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The digest and its heading.
   * - **heading** - Whose goals, and which days.
   * - **scope** - How many objectives, and how many teams and people below.
   * - **summary** - The figures (a labelled list).
   * - **figure** - One figure (`data-figure` status-changes, new-risks, check-ins, kudos or quiet).
   * - **figure-value** - Its number.
   * - **figure-label** - Its words.
   * - **empty** - "A quiet week: nothing changed."
   * - **section** - One kind of change (`data-section`), labelled by its heading.
   * - **section-heading** - The section's heading.
   * - **list** - The section's entries.
   * - **item** - One entry.
   * - **title** - The objective's or key result's title, or who gave kudos.
   * - **objective** - The objective a key result belongs to.
   * - **change** - Where a status was and where it is now.
   * - **status** - A status in a word (`data-status`).
   * - **detail** - A check-in's value and confidence.
   * - **text** - The text of kudos.
   * - **time** - When.
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-digest": Partial<GkDigestProps & BaseProps & BaseEvents>;

  /**
   * Comments and kudos on an objective, oldest first, as plain text, with a composer that posts idempotently; in connected mode new posts arrive live.
   *
   * Presentational: set `objective-id` and `comments`, and listen to `gk-comment` (`event.waitUntil(promise)`
   * shows posting and failures). Connected: set `objective-id` inside a `<gk-provider>` (with `live` for updates).
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-comment** - Presentational: the post to record. Connected: the server recorded it.
   * - **gk-error** - Connected mode: loading or posting failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (post button, kudos). _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The thread.
   * - **heading** - "Feedback".
   * - **list** - The comments.
   * - **item** - One comment or kudos (`data-kind`).
   * - **byline** - Author and time.
   * - **text** - The comment's text.
   * - **empty** - "No comments or kudos yet."
   * - **composer** - The form for a new post.
   * - **kind** - Comment or kudos radio group.
   * - **kind-option** - One radio.
   * - **kind-label** - Its label.
   * - **body-label** - Label of the text box.
   * - **body** - The text box.
   * - **error** - "Write something first."
   * - **footer** - Post button and status.
   * - **post** - The post button.
   * - **status** - Posting or failed.
   * - **retry** - Retry a failed post, or a failed load.
   * - **summary** - "Summarise", its status and the summary (when a summary is offered).
   * - **summarise** - "Summarise".
   * - **summary-status** - Summarising, the refusal in words, or that the request failed (a polite live region).
   * - **summary-result** - The summary, marked as suggested by AI.
   * - **summary-heading** - "Summary".
   * - **citation** - A sentence's citation: moves focus to the comment it cites.
   * - **summary-dismiss** - Closes the summary.
   * - **state-message** - The loading or error message.
   */
  "gk-feedback-thread": Partial<GkFeedbackThreadProps & BaseProps & BaseEvents>;

  /**
   * Create or edit an objective with its key results; the SMART linter runs as the person types, saving uses If-Match, conflicts can be reloaded or overwritten, and lifecycle actions follow the contract.
   *
   * Presentational: set `objective` (leave it out to create one) and listen to `gk-save` and
   * `gk-transition` (`event.waitUntil(promise)` shows saving and failures). Connected: set `objective-id`
   * (`new` to create one) inside a `<gk-provider>`. Inside a `<form>` it is a form control whose value
   * (under `name`) is the objective as JSON; an empty title or a number that does not parse makes it invalid.
   * ---
   *
   *
   * ### **Events:**
   *  - **detail**
   * - **gk-save** - Presentational: the objective to save. Connected: the server saved it.
   * - **gk-transition** - Presentational: a lifecycle action to take.
   * - **gk-carry-over** - Presentational: carry the objective into the next cycle. Connected: carried (with `copyId`).
   * - **gk-error** - Connected mode: loading, saving or a lifecycle action failed.
   *
   * ### **Methods:**
   *  - **checkValidity(): _boolean_** - Whether the objective can be saved as it is.
   * - **reportValidity(): _boolean_** - As `checkValidity()`, and shows the browser's message.
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (save button, SMART bars). _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-color-at-risk** - Warning findings. _(default: #9a6700)_
   * - **--gk-color-off-track** - Errors and error findings. _(default: #cf222e)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The form.
   * - **heading** - "New objective" or "Edit objective".
   * - **layout** - Fields beside the SMART panel.
   * - **fields** - The fields column.
   * - **field** - A label, its input, its error and its findings.
   * - **label** - A field's label.
   * - **input** - A field's input, select or textarea.
   * - **error** - A field's error message.
   * - **findings** - The lint findings of a field.
   * - **finding** - One finding and its suggestion (`data-severity`).
   * - **row** - Fields side by side.
   * - **key-result** - One key result's fieldset.
   * - **add** - "Add key result", "Add milestone".
   * - **remove** - "Remove key result", "Remove milestone".
   * - **smart** - The SMART score panel.
   * - **smart-letter** - One letter's score bar.
   * - **footer** - Save and its status.
   * - **save** - The save button.
   * - **status** - Saving, saved, failed, or the conflict and its changes.
   * - **action** - A lifecycle action, or "reload" / "keep mine" after a conflict.
   * - **lifecycle** - The lifecycle actions.
   * - **alignment** - "Aligns to", its search and the alignment kind.
   * - **parent-search** - The search box over the goals to align to.
   * - **parent-status** - How many goals match, or that they are loading.
   * - **hint** - Who can see the goal; that the computed status stays visible; help under a key result's source settings.
   * - **source** - A key result's "Value comes from" and the push address or pull settings (`data-mode`).
   * - **endpoint** - The address a system sends a push key result's values to.
   * - **notice** - Who a proposal waits for, or the comment a returned draft came back with.
   * - **carry-over** - "Carry over to …" the next cycle.
   * - **carry-status** - Carrying over, carried, or failed.
   * - **assist** - "Suggest a SMART rewrite", its status and the proposal (when a rewrite is offered).
   * - **assist-button** - "Suggest a SMART rewrite".
   * - **assist-status** - Asking, the refusal in words, or that the request failed (a polite live region).
   * - **assist-proposal** - The suggested rewrite with its SMART score before and after.
   * - **assist-heading** - "Suggested rewrite".
   * - **assist-accept** - Puts the suggestion into the form.
   * - **assist-keep-mine** - Drops the suggestion.
   * - **state-message** - The loading, error or empty message.
   * - **retry** - The error state's retry button.
   */
  "gk-goal-editor": Partial<GkGoalEditorProps & BaseProps & BaseEvents>;

  /**
   * Gaps and the development goals covering them, plan coverage in words, and "Draft a goal" for a gap without one.
   *
   * Presentational: set `profile` (`competencyProfile()` of `@goalkit/core/connect`) and `goals` (the person's
   * objectives; active development goals cover the competencies they name). "Draft a goal" sends `gk-draft-goal`
   * with a development goal to draft: open the goal editor with it. When the drafted goal arrives in `goals` and
   * the button leaves while it has the focus, the focus goes to the gap's name. Connected: set `person-id` (and
   * `target`, a level of the person's track) inside a `<gk-provider>`: the gaps and the development goals covering
   * them come from the server (`GET /people/{id}/gaps`); "Draft a goal" still sends `gk-draft-goal`.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-draft-goal** - "Draft a goal": `detail` is the development goal to draft.
   * - **gk-error** - Connected mode: loading or saving failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - The draft button. _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget and its heading.
   * - **heading** - "Growth plan".
   * - **coverage** - Plan coverage in words, or that there is no gap.
   * - **empty** - The level expects nothing.
   * - **gaps** - The list of gaps.
   * - **gap-item** - One gap (`data-covered`).
   * - **gap-name** - The competency's name.
   * - **levels** - Its expected and assessed levels.
   * - **self-flag** - "Self-assessed", on a rating the person gave themself.
   * - **gap** - The gap in words and numbers.
   * - **goals** - The development goals working on it.
   * - **goal** - One of them.
   * - **no-goal** - "No development goal yet."
   * - **draft** - "Draft a goal".
   * - **draft-for** - The rest of its name for assistive technology (visually hidden).
   * - **met** - The competencies already met.
   * - **state-message** - Connected mode: the loading, error or no-placement message.
   * - **retry** - Retry a failed load.
   */
  "gk-growth-plan": Partial<GkGrowthPlanProps & BaseProps & BaseEvents>;

  /**
   * One key result: title, a value text that fits its type, a meter, status, confidence, the time since the last check-in, where its value comes from (with "Sync now") and its milestones.
   *
   * Presentational: set `keyResult`. Connected: set `objective-id` and `key-result-id` inside a `<gk-provider>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **detail**
   * - **gk-error** - Connected mode: the objective could not be loaded, or "Sync now" failed.
   * - **gk-sync** - "Sync now": presentational mode asks the page to pull (`waitUntil()` shows "Syncing…"; resolve it with the reply's `{ lastSync }`); connected mode tells the pull went through.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour. _(default: #0b5cd5)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-color-muted** - Secondary text (meta, milestones). _(default: #57606a)_
   * - **--gk-font-family** - Font. _(default: system-ui)_
   *
   * ### **CSS Parts:**
   *  - **root** - The key result.
   * - **title** - Its title (a heading of level `heading-level`).
   * - **value** - The value text ("27 of 35 % (from 20)").
   * - **progress** - The `<gk-progress>` meter; its own parts are exported as `progress-root`, `progress-track`, `progress-range`, `progress-marker`, `progress-value`.
   * - **meta** - The list of status, confidence, last check-in and source.
   * - **status** - The status, with its colour dot.
   * - **source** - Where the value comes from ("From JSON over HTTP · synced 2 hours ago", "Sync failed …"); `data-state` is `push`, `synced`, `failed` or `never`.
   * - **sync-area** - Holds "Sync now" and its status.
   * - **sync** - The "Sync now" button (`aria-disabled` while it runs).
   * - **sync-status** - What "Sync now" did (a polite live region).
   * - **milestone-list** - The milestone checklist.
   * - **milestone** - One milestone (`data-done` when done).
   * - **state-message** - The loading, error or empty message.
   * - **retry** - The error state's retry button.
   */
  "gk-key-result": Partial<GkKeyResultProps & BaseProps & BaseEvents>;

  /**
   * An objective at a glance: title, owner, cycle, rolled-up progress and status, its key results, what it aligns to, its SMART score, and an explanation of its progress.
   *
   * Presentational: set `objective` (and optionally `ownerName`, `cycleName`, `parentTitle`, `smartScore`,
   * `explanation`). Connected: set `objective-id` inside a `<gk-provider>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: the objective could not be loaded, or "Sync now" failed.
   * - **gk-sync** - "Sync now" on a key result that pulls its values: presentational mode (with `can-sync`) asks the page to pull; connected mode tells the pull went through.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour. _(default: #0b5cd5)_
   * - **--gk-color-surface** - Card background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-font-family** - Font. _(default: system-ui)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The card (an `article`).
   * - **header** - Title and status.
   * - **title** - The objective's title.
   * - **status** - Status and lifecycle state.
   * - **private-badge** - "Private" on a private goal.
   * - **manual-status** - The owner's own status and its reason, beside the computed one.
   * - **facts** - Owner, cycle, alignment and SMART score.
   * - **progress** - The rolled-up `<gk-progress>`; its parts are exported as `progress-*`.
   * - **actions** - The two toggle buttons.
   * - **toggle** - Shows or hides the key results.
   * - **explain-toggle** - Shows or hides the explanation.
   * - **explanation** - Why the progress is what it is.
   * - **explanation-item** - One line of the explanation.
   * - **key-results** - The list of key results.
   * - **key-result** - One nested `<gk-key-result>`.
   * - **state-message** - The loading, error or empty message.
   * - **retry** - The error state's retry button.
   */
  "gk-objective-card": Partial<GkObjectiveCardProps & BaseProps & BaseEvents>;

  /**
   * A 1:1 meeting: agenda, suggested talking points from the goals, shared and private notes, action items, and marking it held or skipped.
   *
   * Presentational: set `meeting` (what `GET /meetings/{id}` returns), `viewer-id` and `previous-meeting-at`, and
   * listen to `gk-meeting-change` (`event.waitUntil(promise)` shows saving and failures; then set the new
   * `meeting`). Connected: set `meeting-id` inside a `<gk-provider>`. Talking points are ticked off in order; a
   * private point says "Only you", a carried one the meeting it comes from, a recurring one "Every meeting", in
   * words. Suggestions are worded from their fields with their numbers and added as a shared point linked to the
   * goal. Notes are saved on Save: a conflict keeps what was typed and offers the other version. Plain text only.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-meeting-change** - Presentational: the change to make. Connected: the server made it.
   * - **gk-error** - Connected mode: loading or a change failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (buttons, checkboxes, suggestions). _(default: #0b5cd5)_
   * - **--gk-color-off-track** - Off-track suggestions, delete confirmation. _(default: #cf222e)_
   * - **--gk-color-at-risk** - At-risk suggestions, the other version of the notes. _(default: #9a6700)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget (`data-meeting-state` upcoming, held or skipped).
   * - **header** - Heading, time, state and the state actions.
   * - **heading** - "1:1 with Ana Lima" (focused after the meeting is marked held or skipped).
   * - **when** - The meeting's day and time.
   * - **state** - Upcoming, held or skipped, in words (`data-state`).
   * - **state-actions** - "Mark as held" and "Mark as skipped".
   * - **action** - One of them.
   * - **announcement** - The polite live region: added, deleted, marked, failed.
   * - **section** - Agenda, suggestions, action items or earlier ones (`data-section`).
   * - **section-heading** - A section's heading.
   * - **hint** - A section's explanation.
   * - **empty** - "Nothing on the agenda yet." / "No action items yet."
   * - **points** - The agenda (an ordered list).
   * - **point** - One talking point (`data-done`, `data-visibility`, `data-recurring`, `data-carried`).
   * - **point-toggle** - Its checkbox.
   * - **point-body** - Its words and meta line (action items too).
   * - **point-label** - Its words.
   * - **point-meta** - Author, "Only you", where it was carried from, "Every meeting".
   * - **delete** - Delete (the author's own points).
   * - **confirm** - The delete confirmation.
   * - **confirm-question** - "Delete …?"
   * - **confirm-delete** - Delete, confirmed.
   * - **confirm-cancel** - Keep it (Escape too).
   * - **point-form** - The new talking point's form.
   * - **point-input** - Its text box.
   * - **private-field** - The private checkbox and its label.
   * - **private** - The private checkbox.
   * - **suggestions** - Suggested talking points.
   * - **suggestion** - One suggestion (`data-kind`, `data-on-agenda`).
   * - **suggestion-text** - Its words and whose goal it is.
   * - **add-suggestion** - "Add to agenda".
   * - **on-agenda** - "On the agenda".
   * - **notes** - Shared or private notes (`data-notes`).
   * - **notes-input** - Their text box.
   * - **notes-footer** - Save and the status.
   * - **save** - Save (and "Save mine" after a conflict).
   * - **load-theirs** - Load the other version after a conflict.
   * - **theirs-label** - "Their version".
   * - **theirs** - The other version's text.
   * - **status** - Saving, saved, failed or the conflict, in words.
   * - **action-items** - Action items (`data-earlier` for those from earlier meetings).
   * - **action-item** - One action item (`data-done`, `data-overdue`).
   * - **item-toggle** - Its checkbox.
   * - **item-label** - Its words.
   * - **item-meta** - Owner and due date.
   * - **item-form** - The new action item's form.
   * - **item-input** - Its text box.
   * - **owner** - Its owner select.
   * - **due** - Its due date.
   * - **fields** - The action item form's fields.
   * - **field** - A label with its control.
   * - **label** - A form label.
   * - **error** - "Write the talking point first."
   * - **form-footer** - A form's button and status.
   * - **add** - A form's submit button.
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-one-on-one": Partial<GkOneOnOneProps & BaseProps & BaseEvents>;

  /**
   * Program health for a cycle and scope: check-ins, alignment, goal quality, outcomes and the trend over cycles.
   *
   * Presentational: set `health` (what `GET /analytics` returns) and optionally `objectives` (titles for the
   * objectives without a parent; else they are named by id). Connected: place it inside a `<gk-provider>` with
   * `cycle` (and `owner` for a person's or team's scope); it shows `GET /analytics`. An aggregate over fewer people
   * than the privacy threshold says why it is hidden, never zeros; grade bands are numbers and words; the trend
   * over cycles is a table.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: loading failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-on-track** - The green band. _(default: #1a7f37)_
   * - **--gk-color-at-risk** - The yellow band. _(default: #9a6700)_
   * - **--gk-color-off-track** - The red band. _(default: #cf222e)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget and its heading.
   * - **heading** - "Program health: Q1 2026".
   * - **as-of** - The day the figures are as of.
   * - **empty** - Nothing counted in this cycle and scope.
   * - **sections** - The sections, in as many columns as fit.
   * - **section** - One aggregate (`data-section` check-ins, alignment, quality or outcomes; `data-hidden`).
   * - **section-heading** - Its heading.
   * - **hidden** - Why its figures are hidden.
   * - **metrics** - Its figures (a description list).
   * - **metric** - One figure (`data-metric`).
   * - **label** - The figure's name.
   * - **value** - Its value.
   * - **detail** - What it counts ("38 of 46 …").
   * - **running** - A running cycle's outcomes are standings.
   * - **orphans-heading** - The heading of the objectives without a parent.
   * - **orphans** - Their list.
   * - **orphan** - One of them.
   * - **bands** - Key results by grade band (a labelled list).
   * - **band** - One band (`data-band` green, yellow or red).
   * - **band-count** - Its count.
   * - **trend-wrap** - Scrolls the trend table sideways when it is wider than the widget (a focusable region).
   * - **trend** - The trend over cycles (a table).
   * - **trend-caption** - Its title, above it.
   * - **trend-row** - One cycle (`data-current` for the one shown).
   * - **state-message** - The loading or error message.
   * - **retry** - Retry a failed load.
   */
  "gk-program-health": Partial<GkProgramHealthProps & BaseProps & BaseEvents>;

  /**
   * A goal's progress as a bar or ring, with the expected-pace marker and status colour.
   * ---
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour, used when no status is set. _(default: #0b5cd5)_
   * - **--gk-color-track** - The unfilled track. _(default: #e4e8ec)_
   * - **--gk-progress-ring-size** - Diameter of the ring variant. _(default: 3.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The meter (`role="meter"`) holding everything else.
   * - **track** - The empty bar, or the ring's SVG.
   * - **range** - The filled part of the bar.
   * - **marker** - Where progress is expected to be today.
   * - **ring-track** - The ring's background circle.
   * - **ring-range** - The ring's filled arc.
   * - **value** - The visible percentage.
   */
  "gk-progress": Partial<GkProgressProps & BaseProps & BaseEvents>;

  /**
   * Shares one goalkit client and one query cache with every `gk-*` element inside it.
   *
   * Connected widgets inside find it through the context protocol (`@lit/context`). The bearer token
   * is set by script (`getToken` or `token`) and never appears in the DOM.
   *
   * Until the page sets `getToken` or `token` (or says `auth="none"`), the widgets' requests wait and the
   * widgets show "Loading…": a page script that runs after goalkit.js causes no 401. When `getToken`
   * returns nothing, requests wait for the next time `getToken` or `token` is set. After a 401 the provider
   * fires `gk-unauthorized`, sends that token no more, and sends the refused requests again, with the next
   * token `getToken` returns once `getToken` or `token` is set again: the widgets show "Loading…" meanwhile,
   * never an error.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-unauthorized** - The server refused the token (401); set a fresh one.
   *
   * ### **Slots:**
   *  - _default_ - The page content with connected `gk-*` widgets.
   */
  "gk-provider": Partial<GkProviderProps & BaseProps & BaseEvents>;

  /**
   * A performance review to write or read: its questions, the reviewee's goals as evidence at the snapshot, save draft, submit with a confirmation, acknowledge.
   *
   * Presentational: set `review` and `cycle` (`GET /reviews/{id}` and `GET /review-cycles/{id}`), and listen to
   * `gk-review-save` and `gk-review-transition` (`event.waitUntil(promise)` shows progress and failures; resolve it
   * with the review as the server has it). Connected: set `review-id` inside a `<gk-provider>`. Ratings are radio
   * groups with labelled ends (arrow keys move between them), required ones are marked in words; text answers show
   * their character count. Submit asks for a confirmation, lists missing required answers and moves focus to the
   * first. A failure or a conflict never loses what was typed. Plain text only.
   * ---
   *
   *
   * ### **Events:**
   *  - **detail**
   * - **gk-review-save** - Presentational: the answers to save as a draft. Connected: the server saved them.
   * - **gk-review-transition** - Presentational: submit or acknowledge. Connected: the server did.
   * - **gk-error** - Connected mode: loading or saving failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - Brand colour (buttons, the anonymous notice). _(default: #0b5cd5)_
   * - **--gk-color-on-track** - The green band. _(default: #1a7f37)_
   * - **--gk-color-at-risk** - The yellow band, unsaved changes. _(default: #9a6700)_
   * - **--gk-color-off-track** - The red band, errors. _(default: #cf222e)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The form and everything in it.
   * - **header** - Heading, byline and status.
   * - **heading** - "Self review", "Manager review of Ana Lima".
   * - **byline** - The cycle, who writes it, when it is due, and the status.
   * - **badge** - The review's status in words (`data-status`).
   * - **anonymous** - An anonymous step's notice.
   * - **evidence** - The goal evidence as of the snapshot.
   * - **evidence-heading** - "Goal evidence as of Mar 31, 2026".
   * - **evidence-empty** - No goals at the snapshot.
   * - **objectives** - The objectives (a list).
   * - **objective** - One objective.
   * - **objective-title** - Its title (a heading).
   * - **objective-meta** - Its state and weight.
   * - **grade** - Its grade in words and band, final or as of the snapshot (`data-band`, `data-final`).
   * - **progress** - A `<gk-progress>` meter; its parts are exported as `progress-*`.
   * - **key-results** - Its key results (a labelled list).
   * - **key-result** - One key result with its meter.
   * - **key-result-title** - Its title.
   * - **explanation** - Why an objective's progress is what it is (a `<details>` disclosure).
   * - **explanation-summary** - "Why 88%", described by the objective's title.
   * - **explanation-lines** - The roll-up's items (a list).
   * - **explanation-line** - One item, "Docs pages written: 100% × 50% weight = 50%" (`data-depth`, `data-counted`, `data-hidden`).
   * - **goal-score** - The goal score in words.
   * - **questions** - The questions section.
   * - **questions-heading** - "Questions".
   * - **form** - The form holding the questions.
   * - **empty** - No questions for this kind of review.
   * - **question** - One question (a fieldset; `data-type` rating or text, `data-invalid`).
   * - **legend** - The question.
   * - **required** - "(required)".
   * - **scale** - A rating's choices.
   * - **rating-input** - One radio button.
   * - **rating-label** - Its label ("1 — far below expectations" at the ends).
   * - **text-input** - A text answer's text box.
   * - **count** - Its character count.
   * - **answer** - A read-only answer.
   * - **error** - Why an answer is not accepted.
   * - **missing** - Required answers left out, after a refused submit.
   * - **missing-list** - Their list.
   * - **missing-link** - A button that moves focus to one.
   * - **conflict** - Someone saved meanwhile: the choice.
   * - **keep-mine** - Save the person's answers over theirs.
   * - **use-theirs** - Take theirs.
   * - **failure** - A failed save, submit or acknowledgement.
   * - **retry** - Try it again, or a failed load.
   * - **acknowledge-panel** - Acknowledging a shared review.
   * - **acknowledge-text** - What acknowledging means.
   * - **acknowledge** - The Acknowledge button.
   * - **footer** - Save draft, Submit, the unsaved mark and the status.
   * - **save** - Save draft.
   * - **submit** - Submit review….
   * - **unsaved** - "Unsaved changes".
   * - **state** - "Saved at 10:42", "Saving…", "Submitted on …" (a polite live region).
   * - **confirm** - The confirmation step before submitting.
   * - **confirm-heading** - "Submit this review?".
   * - **confirm-text** - What submitting means.
   * - **confirm-submit** - Submit, confirmed.
   * - **cancel** - Cancel the confirmation.
   * - **state-message** - The loading or error message.
   */
  "gk-review-form": Partial<GkReviewFormProps & BaseProps & BaseEvents>;

  /**
   * A radar of expected against assessed levels per competency, with every value in a table under "Show values".
   *
   * Presentational: set `profile` (`competencyProfile()` of `@goalkit/core/connect`). A spoke per competency the
   * target level (else the current level) expects; the expected levels dashed, the assessed ones filled, a hollow
   * point for a person's own rating. The chart is an image whose label says that every value is in the table of
   * the "Show values" disclosure. Connected: set `person-id` (and `as-of`) inside a `<gk-provider>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **gk-error** - Connected mode: loading or saving failed.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--gk-color-accent** - The assessed polygon and points. _(default: #0b5cd5)_
   * - **--gk-color-surface** - Background. _(default: #ffffff)_
   * - **--gk-color-text** - Text colour. _(default: #1c2024)_
   * - **--gk-radius** - Corner radius. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **root** - The widget and its heading.
   * - **heading** - "Skill radar".
   * - **empty** - The level expects nothing.
   * - **figure** - The chart and its legend.
   * - **chart** - The radar (an SVG with `role="img"` and a label).
   * - **rings** - The web's rings, one per level.
   * - **ring-label** - A ring's level.
   * - **axis** - A competency's spoke.
   * - **axis-label** - Its name.
   * - **expected** - The expected levels' polygon.
   * - **assessed** - The assessed levels' polygon.
   * - **point** - An assessed level (`data-source` self or manager).
   * - **legend** - The legend.
   * - **legend-item** - One entry (`data-key` expected or assessed).
   * - **swatch** - Its sample of the line.
   * - **values** - The "Show values" disclosure (a native `<details>`).
   * - **values-summary** - Its toggle.
   * - **table-wrap** - Scrolls the table sideways when it is wider than the widget (a focusable region).
   * - **table** - Every value as a table.
   * - **caption** - Its caption.
   * - **self-flag** - "Self-assessed", on a rating the person gave themself.
   * - **self-note** - What "Self-assessed" means.
   * - **state-message** - Connected mode: the loading, error or no-placement message.
   * - **retry** - Retry a failed load.
   */
  "gk-skill-radar": Partial<GkSkillRadarProps & BaseProps & BaseEvents>;
};
