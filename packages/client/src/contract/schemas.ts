import * as z from 'zod/mini';

import { bounded, day, finite, id, noNul, timestamp, title, unitInterval, version, weight } from './fields.js';

export { noNul };

export const statusSchema = z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'achieved']);
export const keyResultTypeSchema = z.enum([
  'increase',
  'decrease',
  'at-least',
  'at-most',
  'range',
  'boolean',
  'milestones',
]);
export const objectiveStateSchema = z.enum(['draft', 'proposed', 'active', 'closed']);
/** `withdraw` takes a proposal back to draft, by whoever may edit the objective (its author, the owner). */
export const transitionActionSchema = z.enum(['propose', 'approve', 'return', 'close', 'reopen', 'withdraw']);

/**
 * The lifecycle: which action leads from which state to which. One table for the server, the conformance
 * checks and the Storybook backend; `allowedTransitions` on an objective lists the actions whose `from` is
 * its state that the caller may take.
 */
export const objectiveTransitions: Readonly<
  Record<
    z.infer<typeof transitionActionSchema>,
    { from: z.infer<typeof objectiveStateSchema>; to: z.infer<typeof objectiveStateSchema> }
  >
> = {
  propose: { from: 'draft', to: 'proposed' },
  approve: { from: 'proposed', to: 'active' },
  return: { from: 'proposed', to: 'draft' },
  close: { from: 'active', to: 'closed' },
  reopen: { from: 'closed', to: 'active' },
  withdraw: { from: 'proposed', to: 'draft' },
};
export const ownerKindSchema = z.enum(['org', 'department', 'team', 'person']);
export const roleSchema = z.enum(['member', 'manager', 'admin']);
export const visibilitySchema = z.enum(['public', 'private']);

const scoreFields = {
  progress: unitInterval,
  /** Unclamped progress, for overachievement ("125%"). */
  raw: z.optional(finite),
  expected: unitInterval,
  status: statusSchema,
  confidence: z.nullable(unitInterval),
  hasData: z.boolean(),
};

/** The core engine's verdict, carried by every response object that has progress. */
export const scoreSchema = z.object(scoreFields);

export const gradeSchema = z.object({ score: unitInterval, band: z.enum(['green', 'yellow', 'red']) });

export const personSchema = z.object({
  id,
  name: z.string(),
  email: z.optional(z.string()),
  role: roleSchema,
  teamId: z.nullable(id),
  managerId: z.nullable(id),
});

export const cycleSchema = z.object({
  id,
  name: z.string(),
  start: day,
  end: day,
  closed: z.boolean(),
});

export const ownerSchema = z.object({
  id,
  kind: ownerKindSchema,
  name: z.string(),
  parentId: z.nullable(id),
  managerId: z.optional(z.nullable(id)),
});

export const milestoneSchema = z.object({
  title,
  weight: z.optional(weight),
  done: z.boolean(),
  due: z.optional(z.nullable(day)),
});

export const phasedTargetSchema = z.object({ at: day, value: finite });
const phasedTargetInput = z.object({ at: day, value: bounded });

/**
 * Every field of `shape` made optional, for the PATCH bodies. The same schema `z.partial` builds for a plain
 * object, written out: `z.partial` and `z.extend` bring zod's shape-copying utilities (~0.6 kB gzipped) into
 * every bundle with the contract, the embed's included.
 */
const optionalFields = <T extends Record<string, z.ZodMiniType>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])) as {
    [K in keyof T]: z.ZodMiniOptional<T[K]>;
  };

/** How the points a connector pulls become the key result's value (`value = aggregate(points of a day) × scale + offset`). */
const sourceTransformWith = <TNumber extends z.ZodMiniNumber>(number: TNumber) =>
  z.object({
    /** Multiplies each day's value (a share as 0.42 → 42 with 100). @default 1 */
    scale: z.optional(number),
    /** Added after scaling. @default 0 */
    offset: z.optional(number),
    /**
     * How the points of one day become its value: the `latest` point, their `sum`, `mean`, `min`, `max` or
     * `count`; `running-sum` adds each day's sum to the days before it in the cycle. @default 'latest'
     */
    aggregate: z.optional(z.enum(['latest', 'sum', 'mean', 'min', 'max', 'count', 'running-sum'])),
  });

/** The connector's settings, checked by the connector's own schema on the server (errors name `source.config.<field>`). */
const connectorConfig = z.looseObject({});

/** Where a key result's value comes from, as a person sets it. */
const sourceFieldsWith = <TNumber extends z.ZodMiniNumber>(number: TNumber) => ({
  /**
   * `manual`: people check in; `push`: a system sends values (`PUT /key-results/{id}/values/{date}`);
   * `pull`: the server fetches them with `connector` on `schedule` and on "sync now".
   */
  mode: z.enum(['manual', 'push', 'pull']),
  /** The connector's id (`http-json`, `csv`, or one the server registers); required for `pull`. */
  connector: z.optional(z.nullable(id)),
  /** The connector's settings. Whoever may see the goal may read them: never put a secret here. */
  config: z.optional(z.nullable(connectorConfig)),
  /** How often the server pulls; null or left out: only on "sync now". */
  schedule: z.optional(z.nullable(z.enum(['hourly', 'daily', 'weekly']))),
  transform: z.optional(z.nullable(sourceTransformWith(number))),
});

/** The outcome of the latest pull (set by the server, never by a client). */
export const lastSyncSchema = z.object({
  at: timestamp,
  ok: z.boolean(),
  /** Why it failed, in words (a timeout, a host not allowed, a value that is not a number). */
  error: z.optional(z.nullable(z.string())),
  /** How many days' values it recorded (new or changed). */
  recorded: z.optional(z.int()),
});

/** Where a key result's value comes from, as the server sends it. */
export const keyResultSourceSchema = z.object({
  ...sourceFieldsWith(finite),
  lastSync: z.optional(z.nullable(lastSyncSchema)),
  /** Who set up the pull: the values it records are check-ins in their name (set by the server). */
  configuredById: z.optional(id),
});
export const keyResultSourceInputSchema = z.object(sourceFieldsWith(bounded));

/**
 * Fields of a key result a person writes; which ones apply depends on `type`. Its numbers are `number`
 * (bounded in what a person sends, only finite in what the server sends back).
 */
const keyResultFieldsWith = <TNumber extends z.ZodMiniNumber, TPhased extends z.ZodMiniType>(
  number: TNumber,
  phased: TPhased,
) => ({
  title,
  description: z.optional(z.string().check(z.maxLength(5000), noNul())),
  type: keyResultTypeSchema,
  start: z.optional(z.nullable(number)),
  target: z.optional(z.nullable(number)),
  min: z.optional(z.nullable(number)),
  max: z.optional(z.nullable(number)),
  targets: z.optional(z.array(phased)),
  unit: z.optional(z.nullable(z.string().check(z.maxLength(40), noNul()))),
  unitKind: z.optional(z.nullable(z.enum(['currency']))),
  scoring: z.optional(z.enum(['latest', 'share-of-check-ins'])),
  milestones: z.optional(z.array(milestoneSchema)),
  weight: z.optional(weight),
  due: z.optional(z.nullable(day)),
  /**
   * The person who owes this key result's check-ins in the rhythm; null or left out: the objective's owner
   * (a team goal's lead). They must be a person who may see the goal.
   */
  checkInResponsibleId: z.optional(z.nullable(id)),
  /** Accept values (pushed or pulled) for days outside the objective's cycle. @default false */
  allowValuesOutsideCycle: z.optional(z.boolean()),
});
const keyResultFields = {
  ...keyResultFieldsWith(bounded, phasedTargetInput),
  /** Where its value comes from; left out or null: people check in (`manual`). */
  source: z.optional(z.nullable(keyResultSourceInputSchema)),
};

export const keyResultSchema = z.object({
  ...keyResultFieldsWith(finite, phasedTargetSchema),
  source: z.optional(z.nullable(keyResultSourceSchema)),
  id,
  objectiveId: id,
  current: z.nullable(z.union([finite, z.boolean()])),
  done: z.optional(z.boolean()),
  weight,
  version,
  lastCheckInAt: z.nullable(timestamp),
  updatedAt: timestamp,
  score: z.object({
    ...scoreFields,
    forecast: z.optional(z.nullable(z.object({ value: finite, progress: finite }))),
  }),
});

export const keyResultCreateSchema = z.object({ ...keyResultFields, id: z.optional(id) });
export const keyResultPatchSchema = z.object(optionalFields(keyResultFields));

const objectiveFields = {
  title,
  description: z.optional(z.string().check(z.maxLength(5000), noNul())),
  ownerId: id,
  cycleId: id,
  parentId: z.optional(z.nullable(id)),
  alignment: z.optional(z.enum(['contributes', 'supports'])),
  weight: z.optional(weight),
  rollup: z.optional(z.enum(['key-results', 'children', 'both'])),
  visibility: z.optional(visibilitySchema),
  /**
   * `committed`: achieved when every key result is done (100 %); `aspirational`: a stretch goal, achieved at
   * 70 %. Analytics judge stated confidence against it. @default 'committed'
   */
  ambition: z.optional(z.enum(['committed', 'aspirational'])),
  /**
   * `development`: a goal about the owner's own growth, naming the competencies it develops in
   * `competencyIds`; created `private` unless `visibility` is given. @default 'standard'
   */
  kind: z.optional(z.enum(['standard', 'development'])),
  /** The competencies (ids from the competency frameworks) a development goal works on. */
  competencyIds: z.optional(z.array(id).check(z.maxLength(20))),
};

/** A status the owner sets by hand, with a reason, shown beside the computed one (never replacing it). */
const manualStatusInput = z.object({
  status: statusSchema,
  note: z.string().check(z.trim(), z.minLength(1), z.maxLength(500), noNul()),
});
export const manualStatusSchema = z.object({
  status: statusSchema,
  note: z.string(),
  setById: id,
  setByName: z.string(),
  at: timestamp,
});

export const objectiveSchema = z.object({
  ...objectiveFields,
  id,
  parentId: z.nullable(id),
  alignment: z.enum(['contributes', 'supports']),
  weight,
  rollup: z.enum(['key-results', 'children', 'both']),
  visibility: visibilitySchema,
  state: objectiveStateSchema,
  grade: z.nullable(gradeSchema),
  version,
  createdAt: timestamp,
  updatedAt: timestamp,
  score: scoreSchema,
  /** Lifecycle actions the caller may take now. */
  allowedTransitions: z.array(transitionActionSchema),
  keyResults: z.array(keyResultSchema),
  /** The owner's own status with its reason, or `null`; `score.status` stays the computed one. */
  manualStatus: z.optional(z.nullable(manualStatusSchema)),
  /** A draft that was returned: the approver's comment, who returned it and when. */
  returned: z.optional(z.nullable(z.object({ comment: z.string(), byName: z.string(), at: timestamp }))),
  /** A proposal: the people who may approve it first (the owner's nearest manager). */
  waitingFor: z.optional(z.array(z.object({ id, name: z.string() }))),
  /** The objective it was carried over from (`POST /objectives/{id}/duplicate`), or `null`. */
  carriedFrom: z.optional(z.nullable(id)),
});

export const objectiveCreateSchema = z.object({
  ...objectiveFields,
  id: z.optional(id),
  keyResults: z.optional(z.array(keyResultCreateSchema)),
});
export const objectivePatchSchema = z.object({
  ...optionalFields(objectiveFields),
  /** Set the owner's status with a reason, or `null` to go back to the computed one alone. */
  manualStatus: z.optional(z.nullable(manualStatusInput)),
});

/** `POST /objectives/{id}/duplicate`: carry the objective into another cycle as a draft. */
export const duplicateSchema = z.object({ cycleId: id, id: z.optional(id) });

export const transitionSchema = z.object({
  action: transitionActionSchema,
  comment: z.optional(z.string().check(z.maxLength(5000), noNul())),
});

/** Where a check-in's value came from: a person (`manual`), a system pushing it (`api`), or a connector pulling it. */
export const checkInSourceSchema = z.enum(['manual', 'api', 'connector']);

export const checkInSchema = z.object({
  id,
  keyResultId: id,
  at: timestamp,
  value: z.nullable(z.union([finite, z.boolean()])),
  milestones: z.optional(z.array(z.boolean())),
  confidence: z.nullable(unitInterval),
  note: z.nullable(z.string()),
  authorId: id,
  /** Where the value came from; a backend that does not say means `manual`. */
  source: z.optional(checkInSourceSchema),
  /** The pushing or pulling system's own reference for the value (a run id, a row), when it gave one. */
  sourceRef: z.optional(z.nullable(z.string())),
});

export const checkInCreateSchema = z.object({
  /** A number (within ±1e15) for numeric types, true/false for `boolean`; leave out for milestones. */
  value: z.optional(z.union([bounded, z.boolean()])),
  /** For `milestones`: the done flag of each milestone, in order. */
  milestones: z.optional(z.array(z.boolean())),
  confidence: z.optional(unitInterval),
  note: z.optional(z.string().check(z.maxLength(5000), noNul())),
});

/**
 * What `PUT /key-results/{id}/values/{date}` takes: the key result's value on that day, from a system (a data
 * warehouse, a CI job). No confidence: the person who owes the check-in still gives that in the rhythm.
 */
export const keyResultValuePutSchema = z.object({
  /** A number (within ±1e15) for numeric types, true/false (or 1/0) for `boolean`. */
  value: z.union([bounded, z.boolean()]),
  note: z.optional(z.string().check(z.maxLength(5000), noNul())),
  /** The sender's own reference for the value (a run id, a query, a row), shown in the timeline. */
  sourceRef: z.optional(z.string().check(z.maxLength(500), noNul())),
  /** Refused: automated values never set confidence. */
  confidence: z.optional(
    z.never({ error: 'automated values never set confidence: the person who owes the check-in gives it' }),
  ),
});

/** A check-in's reply: the check-in and the key result and objective it changed, with their new versions. */
export const checkInResultSchema = z.object({
  checkIn: checkInSchema,
  keyResult: keyResultSchema,
  objective: objectiveSchema,
});

/** `PUT /key-results/{id}/values/{date}`'s reply: as a check-in's, and whether it made a new check-in. */
export const keyResultValueResultSchema = z.object({
  ...checkInResultSchema.shape,
  /** True when this day had no pushed value before; false when it replaced one, or changed nothing. */
  created: z.boolean(),
});

/** The reply to "sync now" (`POST /key-results/{id}/sync`): the key result and its objective after the pull, and how it went. */
export const keyResultSyncResultSchema = z.object({
  keyResult: keyResultSchema,
  objective: objectiveSchema,
  lastSync: lastSyncSchema,
});

/** The formats `POST /imports` reads: Viva Goals, Betterworks, Tability exports, and goalkit's own CSV. */
export const importFormatSchema = z.enum(['viva', 'betterworks', 'tability', 'csv']);

/** What `POST /imports` takes: the file's content, its format, and optionally a map (as `goalkit import --map` reads). */
export const importRequestSchema = z.object({
  from: importFormatSchema,
  /** The file: CSV text, or with `encoding: 'base64'` the bytes of an XLSX workbook (Viva Goals). */
  content: z.string().check(z.maxLength(8_000_000)),
  encoding: z.optional(z.enum(['text', 'base64'])),
  /** Columns, confidence words, owners and a default cycle (see the CLI's README); checked with its paths. */
  map: z.optional(z.looseObject({})),
});

const count = z.int().check(z.gte(0));

/** What an import did, or would do (`?dryRun=true`): counts, and every row's outcome with its reason. */
export const importResultSchema = z.object({
  dryRun: z.boolean(),
  summary: z.object({
    create: count,
    update: count,
    unchanged: count,
    checkInsCreated: count,
    checkInsUnchanged: count,
    rejected: count,
    warnings: count,
    skipped: count,
  }),
  rows: z.array(
    z.object({
      /** The row of the file (1-based; the header is row 1). */
      row: z.int(),
      action: z.enum(['create', 'update', 'unchanged', 'rejected', 'warning', 'skipped']),
      kind: z.optional(z.enum(['objective', 'key-result', 'check-in'])),
      /** The goalkit id it became. */
      id: z.optional(z.string()),
      /** The column the reason is about, as the file's header names it. */
      column: z.optional(z.string()),
      reason: z.optional(z.string()),
    }),
  ),
});

// ---- analytics (issue 24) ----------------------------------------------------------------------------

/** An aggregate over fewer people than the privacy threshold `k`: no numbers, only why. */
export const hiddenAggregateSchema = z.object({
  hidden: z.literal(true),
  reason: z.string(),
  groupSize: z.int(),
  k: z.int(),
});
const share = z.nullable(z.number());
/** Either the figures (`hidden: false`) or {@link hiddenAggregateSchema}. */
const guarded = <T extends Record<string, z.ZodMiniType>>(shape: T) =>
  z.union([z.object({ ...shape, hidden: z.literal(false) }), hiddenAggregateSchema]);

export const checkInRateSchema = z.object({
  cycleId: id,
  day,
  activeKeyResults: z.int(),
  checkedIn: z.int(),
  /** Share of active key results checked in within their cadence window. */
  rate: share,
  medianDaysSinceLastCheckIn: share,
  neverCheckedIn: z.int(),
  dueWindows: z.int(),
  onTimeWindows: z.int(),
  onTimeRate: share,
});
export const alignmentCoverageSchema = z.object({
  cycleId: id,
  objectives: z.int(),
  aligned: z.int(),
  /** Non-company objectives with a contributing parent ÷ all non-company objectives. */
  coverage: share,
  /** The objectives (that the caller may see) with no contributing parent. */
  orphans: z.array(id),
});
export const goalQualitySchema = z.object({
  objectives: z.int(),
  meanSmartScore: share,
  approved: z.int(),
  approvedWithoutErrors: z.int(),
  approvedWithoutErrorsShare: share,
});
const gradeBands = z.object({ green: z.int(), yellow: z.int(), red: z.int() });
export const outcomeDistributionSchema = z.object({
  cycleId: id,
  closed: z.boolean(),
  objectives: z.int(),
  objectivesAchieved: z.int(),
  objectivesAchievedShare: share,
  objectivesByBand: gradeBands,
  keyResults: z.int(),
  keyResultsAchieved: z.int(),
  keyResultsByBand: gradeBands,
});
/** One bin of a reliability diagram: stated confidence against the observed rate of achievement. */
export const reliabilityBinSchema = z.object({
  lower: z.number(),
  upper: z.number(),
  count: z.int(),
  meanConfidence: share,
  observedRate: share,
});
export const brierDecompositionSchema = z.object({
  count: z.int(),
  brier: z.number(),
  reliability: z.number(),
  resolution: z.number(),
  uncertainty: z.number(),
  withinBinVariance: z.number(),
  withinBinCovariance: z.number(),
  skill: share,
  overconfidence: z.number(),
  meanConfidence: z.number(),
  observedRate: z.number(),
  bins: z.array(reliabilityBinSchema),
});
export const confidenceCalibrationSchema = z.object({
  cycles: z.array(id),
  keyResults: z.int(),
  achieved: z.int(),
  /** The calibration of the latest confidence as of each fraction of the cycle (0.25, 0.5, 0.75). */
  atFractions: z.array(
    z.object({
      fraction: z.number(),
      withConfidence: z.int(),
      withoutConfidence: z.int(),
      calibration: z.nullable(brierDecompositionSchema),
    }),
  ),
});
export const calibratedForecastSchema = z.object({
  ownerId: id,
  /** How many closed key results the correction rests on. */
  history: z.int(),
  keyResults: z.array(
    z.object({
      keyResultId: id,
      objectiveId: id,
      cycleId: id,
      statedConfidence: share,
      calibratedConfidence: share,
      forecast: z.nullable(z.object({ value: z.number(), progress: z.number() })),
      evidence: z.object({ keyResults: z.int(), fraction: z.number(), method: z.literal('isotonic') }),
    }),
  ),
});

/** What `GET /analytics` may compute (`metrics=`, comma-separated; all by default). */
export const analyticsMetricSchema = z.enum([
  'checkIns',
  'alignment',
  'quality',
  'outcomes',
  'calibration',
  'forecast',
]);

/**
 * Program health and confidence calibration for a cycle and a scope (`GET /analytics`), over the goals the
 * caller may see. Every aggregate over people is hidden below `k` people.
 */
export const analyticsSchema = z.object({
  cycleId: id,
  /** The scope: an owner and everyone below it; null for the whole organisation. */
  ownerId: z.nullable(id),
  asOf: day,
  /** The privacy threshold: aggregates over fewer people are hidden. */
  k: z.int(),
  checkIns: z.optional(guarded(checkInRateSchema.shape)),
  alignment: z.optional(guarded(alignmentCoverageSchema.shape)),
  outcomes: z.optional(guarded(outcomeDistributionSchema.shape)),
  /** Mean SMART score and the share approved without lint errors, for each cycle up to this one. */
  quality: z.optional(
    z.array(z.object({ cycleId: id, cycleName: z.string(), quality: guarded(goalQualitySchema.shape) })),
  ),
  /** The trend over the cycles up to this one: one row per cycle, a figure null where it is hidden. */
  trend: z.optional(
    z.array(
      z.object({
        cycleId: id,
        cycleName: z.string(),
        checkInRate: share,
        alignmentCoverage: share,
        meanSmartScore: share,
        objectivesAchievedShare: share,
      }),
    ),
  ),
  calibration: z.optional(guarded(confidenceCalibrationSchema.shape)),
  /** With an owner: their open key results' stated confidence corrected by their own track record. */
  forecast: z.optional(z.union([calibratedForecastSchema, hiddenAggregateSchema])),
});

export const commentSchema = z.object({
  id,
  objectiveId: id,
  kind: z.enum(['comment', 'kudos']),
  body: z.string(),
  authorId: id,
  authorName: z.string(),
  createdAt: timestamp,
});

export const commentCreateSchema = z.object({
  kind: z.optional(z.enum(['comment', 'kudos'])),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000), noNul()),
});

export const revisionSchema = z.object({
  id,
  at: timestamp,
  actorId: id,
  actorName: z.string(),
  entity: z.enum(['objective', 'key-result']),
  entityId: id,
  version,
  action: z.enum(['created', 'updated', 'deleted', 'transition', 'check-in']),
  comment: z.optional(z.nullable(z.string())),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});

export const treeNodeSchema = z.object({
  id,
  parentId: z.nullable(id),
  title: z.string(),
  ownerId: id,
  ownerName: z.string(),
  ownerKind: ownerKindSchema,
  alignment: z.enum(['contributes', 'supports']),
  state: objectiveStateSchema,
  visibility: z.optional(visibilitySchema),
  depth: z.int().check(z.gte(0)),
  childCount: z.int().check(z.gte(0)),
  score: scoreSchema,
});

export const smartScoreSchema = z.object({
  specific: z.number(),
  measurable: z.number(),
  achievable: z.number(),
  relevant: z.number(),
  timeBound: z.number(),
  overall: z.number(),
});

export const lintMessageSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  category: z.string(),
  path: z.string(),
  /** The field the finding concerns, relative to `path` (`target`, `title`), so an editor can show it there. */
  field: z.optional(z.string()),
  /** The SMART letter it lowers. */
  letter: z.optional(z.string()),
  objectiveId: z.optional(z.string()),
  keyResultId: z.optional(z.string()),
  message: z.string(),
  suggestion: z.optional(z.string()),
});

export const lintReportSchema = z.object({
  objectiveId: id,
  smart: smartScoreSchema,
  messages: z.array(lintMessageSchema),
});

/** RFC 9457 problem details, as every error response carries them. */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  /** On 409/412: the version the server has now. */
  currentVersion: z.optional(z.int()),
  /** On an illegal transition: the actions allowed from the current state. */
  allowedTransitions: z.optional(z.array(transitionActionSchema)),
});

/**
 * What `GET /events` streams. `key-result.sync-failed`: a pull of a key result's connector failed (its
 * `source.lastSync` says why; its value and score are as they were).
 */
export const liveEventTypeSchema = z.enum([
  'objective.updated',
  'key-result.updated',
  'check-in.created',
  'comment.created',
  'key-result.sync-failed',
]);

/** The data of one Server-Sent Event from `GET /events`. */
export const liveEventSchema = z.object({
  type: liveEventTypeSchema,
  objectiveId: id,
  keyResultId: z.optional(id),
  checkInId: z.optional(id),
  commentId: z.optional(id),
  version: z.optional(version),
  deleted: z.optional(z.boolean()),
});

/** A goal waiting for the caller's approval (`GET /approvals`). */
export const approvalItemSchema = z.object({
  objective: objectiveSchema,
  ownerName: z.string(),
  /** When it was proposed, or `null` when its history does not say. */
  proposedAt: z.nullable(timestamp),
  /** Who proposed it. */
  proposedByName: z.optional(z.string()),
});

/** A goal an objective may align to (`GET /alignment-candidates`). */
export const alignmentCandidateSchema = z.object({
  id,
  title: z.string(),
  ownerId: id,
  ownerName: z.string(),
  /** How its owner relates to the objective's owner: a team above them, their manager, the company. */
  relation: z.enum(['team', 'manager', 'company', 'other']),
});

const wholeDays = z.number().check(z.int(), z.gte(0), z.lte(366));

/**
 * When the key results of an owner's goals are due for a check-in (`GET /cadence-policies`). It applies
 * to the goals of the owner and of every owner below it, unless a lower level sets its own, or an owner
 * above has a `locked` one. The rules are core's (`dueCheckIns`).
 */
export const cadencePolicySchema = z.object({
  scopeOwnerId: id,
  frequency: z.enum(['weekly', 'biweekly', 'monthly']),
  weekday: z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
  /** `HH:MM`, 24 hours, in `timeZone`. */
  localTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written HH:MM')),
  /** An IANA time zone, such as `Europe/Berlin`. */
  timeZone: z.string().check(z.minLength(1), z.maxLength(100), noNul()),
  skipIfCheckedInWithinDays: wholeDays,
  graceDays: wholeDays,
  escalateTo: z.nullable(z.literal('manager')),
  inherit: z.enum(['default', 'locked']),
});

/** A cadence policy as set (`PUT /cadence-policies/{ownerId}`): the owner is in the path, defaults may be left out. */
export const cadencePolicySetSchema = z.object({
  frequency: cadencePolicySchema.shape.frequency,
  weekday: cadencePolicySchema.shape.weekday,
  localTime: cadencePolicySchema.shape.localTime,
  timeZone: cadencePolicySchema.shape.timeZone,
  skipIfCheckedInWithinDays: z.optional(wholeDays),
  graceDays: z.optional(wholeDays),
  escalateTo: z.optional(z.nullable(z.literal('manager'))),
  inherit: z.optional(z.enum(['default', 'locked'])),
});

/** One check-in someone owes (`GET /check-ins/due`). */
export const dueCheckInSchema = z.object({
  keyResultId: id,
  objectiveId: id,
  /** Who owes it; null for a team goal whose team has no lead. */
  recipientId: z.nullable(id),
  /** The occurrence of the cadence it is owed for (an ISO instant): the oldest one not yet met. */
  dueAt: z.string(),
  state: z.enum(['due', 'overdue', 'escalated']),
  /** The recipient's manager, for an escalated check-in. */
  escalatedToId: z.optional(id),
  /** The day of the key result's latest check-in; null when it has none. */
  lastCheckInAt: z.nullable(z.string()),
  /** The owner whose policy applies. */
  policyOwnerId: id,
});

/**
 * What a webhook may subscribe to: the live events, and the check-in rhythm's reminders (`check-in.due`,
 * `check-in.overdue`, `check-in.escalated`) and `digest.ready` (a person's or team's week is ready to read
 * at `GET /digest`), which the server's scheduler sends.
 */
export const webhookEventTypeSchema = z.enum([
  ...liveEventTypeSchema.options,
  'check-in.due',
  'check-in.overdue',
  'check-in.escalated',
  'digest.ready',
]);

/** What `POST /webhooks` takes: where to send deliveries, and of which events. */
export const webhookCreateSchema = z.object({
  /** An `http:` or `https:` URL that answers 2xx to a delivery (redirects are not followed). */
  url: z
    .string()
    .check(
      z.maxLength(2000),
      z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http: or https: URL without spaces'),
    ),
  /** The event types to deliver, at least one. */
  events: z.array(webhookEventTypeSchema).check(z.minLength(1), z.maxLength(16)),
});

/** A webhook (`GET /webhooks`): never with its secret. */
export const webhookSchema = z.object({
  id,
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  /** The person whose webhook it is: it gets only events of goals they may see. */
  ownerId: id,
  createdAt: z.string(),
  /**
   * While a rotated secret's overlap lasts: when the previous secret stops signing (an ISO instant). Until
   * then every delivery carries a signature by each secret. Null when there is no overlap.
   */
  previousSecretExpiresAt: z.optional(z.nullable(z.string())),
});

/** What `POST /webhooks/{id}/rotate-secret` takes: how long the previous secret keeps signing. */
export const webhookRotateSchema = z.object({
  /** Hours the previous secret still signs deliveries beside the new one (0: stop at once). @default 24 */
  overlapHours: z.optional(z.int().check(z.gte(0), z.lte(168))),
});

/** A webhook as `POST /webhooks` creates it: the only reply that carries its secret. */
export const webhookCreatedSchema = z.object({
  ...webhookSchema.shape,
  /** `whsec_` and base64: verify deliveries with it (`verifyWebhook` of `@goalkit/client/webhooks`). Shown once. */
  secret: z.string().check(z.startsWith('whsec_')),
});

/** One delivery of an event to a webhook (`GET /webhooks/{id}/deliveries`), its `webhook-id` as `id`. */
export const webhookDeliverySchema = z.object({
  /** The `webhook-id` header: the same on every attempt. */
  id,
  event: webhookEventTypeSchema,
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.int().check(z.gte(0)),
  /** ISO instants; null before the first attempt, and once no attempt is left. */
  lastAttemptAt: z.nullable(z.string()),
  nextAttemptAt: z.nullable(z.string()),
  /** The receiver's last HTTP status; null when it did not answer. */
  responseStatus: z.nullable(z.int()),
  /** Why the last attempt failed; null when it did not. */
  error: z.nullable(z.string()),
});

/** The week (or any span of days) in a person's or team's goals (`GET /digest`): core's `Digest`. */
export const digestSchema = z.object({
  /** The owner the digest is about, and every owner below it in the owner tree. */
  ownerId: id,
  ownerIds: z.array(id),
  /** The first and last day covered, both included. */
  from: day,
  to: day,
  /** How many objectives of a running cycle the scope holds (of those the viewer may see). */
  objectives: z.int().check(z.gte(0)),
  /** The check-ins of those days, oldest first. */
  checkIns: z.array(
    z.object({
      objectiveId: id,
      keyResultId: id,
      at: z.string(),
      value: z.nullable(z.union([z.number(), z.boolean()])),
      confidence: z.nullable(z.number()),
    }),
  ),
  /** Objectives whose status on `to` differs from the day before `from`. */
  statusChanges: z.array(z.object({ objectiveId: id, from: statusSchema, to: statusSchema })),
  /** Key results that became at risk or off track over those days. */
  newRisks: z.array(
    z.object({ objectiveId: id, keyResultId: id, from: statusSchema, to: z.enum(['at-risk', 'off-track']) }),
  ),
  /** Kudos given on those days on the scope's goals, oldest first (plain text). */
  kudos: z.array(z.object({ objectiveId: id, kind: z.string(), authorId: id, at: z.string(), body: z.string() })),
  /** Key results of running cycles with no check-in over those days. */
  quiet: z.array(z.object({ objectiveId: id, keyResultId: id })),
});

export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
export const listOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

export type Score = z.infer<typeof scoreSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Grade = z.infer<typeof gradeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Cycle = z.infer<typeof cycleSchema>;
export type Owner = z.infer<typeof ownerSchema>;
export type KeyResult = z.infer<typeof keyResultSchema>;
export type KeyResultCreate = z.input<typeof keyResultCreateSchema>;
export type KeyResultPatch = z.input<typeof keyResultPatchSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type ManualStatus = z.infer<typeof manualStatusSchema>;
export type Duplicate = z.input<typeof duplicateSchema>;
export type ObjectiveCreate = z.input<typeof objectiveCreateSchema>;
export type ObjectivePatch = z.input<typeof objectivePatchSchema>;
export type ObjectiveState = z.infer<typeof objectiveStateSchema>;
export type Transition = z.input<typeof transitionSchema>;
export type TransitionAction = z.infer<typeof transitionActionSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type CheckInCreate = z.input<typeof checkInCreateSchema>;
export type CheckInResult = z.infer<typeof checkInResultSchema>;
export type CheckInSource = z.infer<typeof checkInSourceSchema>;
export type KeyResultValuePut = z.input<typeof keyResultValuePutSchema>;
export type KeyResultSource = z.output<typeof keyResultSourceSchema>;
export type KeyResultSourceInput = z.input<typeof keyResultSourceInputSchema>;
export type LastSync = z.output<typeof lastSyncSchema>;
export type KeyResultValueResult = z.infer<typeof keyResultValueResultSchema>;
export type KeyResultSyncResult = z.infer<typeof keyResultSyncResultSchema>;
export type ImportRequest = z.input<typeof importRequestSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type Analytics = z.infer<typeof analyticsSchema>;
export type AnalyticsMetric = z.infer<typeof analyticsMetricSchema>;
export type ConfidenceCalibrationData = z.infer<typeof confidenceCalibrationSchema>;
export type ReliabilityBin = z.infer<typeof reliabilityBinSchema>;
export type HiddenAggregate = z.infer<typeof hiddenAggregateSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type CommentCreate = z.input<typeof commentCreateSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type TreeNode = z.infer<typeof treeNodeSchema>;
export type LintReport = z.infer<typeof lintReportSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type ApprovalItem = z.infer<typeof approvalItemSchema>;
export type AlignmentCandidate = z.infer<typeof alignmentCandidateSchema>;
export type LiveEventType = z.infer<typeof liveEventTypeSchema>;
export type Page<T> = { items: T[]; nextCursor: string | null };
export type CadencePolicy = z.infer<typeof cadencePolicySchema>;
export type CadencePolicySet = z.input<typeof cadencePolicySetSchema>;
export type DueCheckIn = z.infer<typeof dueCheckInSchema>;
export type WebhookCreate = z.input<typeof webhookCreateSchema>;
export type Webhook = z.infer<typeof webhookSchema>;
export type WebhookCreated = z.infer<typeof webhookCreatedSchema>;
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;
export type WebhookRotate = z.input<typeof webhookRotateSchema>;
export type Digest = z.infer<typeof digestSchema>;
