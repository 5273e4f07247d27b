import type { CheckIn, KeyResult, KeyResultCreate, Objective, ObjectiveState, Person } from '@goalkit/client';
import { NOT_SCORED } from '@goalkit/core/connect';
import type { OwnerRow } from '../access.js';
import { badRequest } from '../problems.js';

/** The rows the store reads, as the tables hold them. */
export interface PersonRow extends OwnerRow {
  email: string | null;
  role: Person['role'];
}

export interface ObjectiveRow {
  seq: number;
  id: string;
  title: string;
  description: string | null;
  owner_id: string;
  cycle_id: string;
  parent_id: string | null;
  alignment: Objective['alignment'];
  weight: number;
  rollup: Objective['rollup'];
  visibility: Objective['visibility'];
  /** `committed` (achieved at 100 %) or `aspirational` (at 70 %); rows before the column read `committed`. */
  ambition: 'committed' | 'aspirational';
  /** `standard` or `development` (a goal about the owner's growth); rows before the column read `standard`. */
  kind: 'standard' | 'development';
  /** JSON: the competency ids a development goal works on, or null for none. */
  competency_ids: string | null;
  state: ObjectiveState;
  grade_score: number | null;
  grade_band: 'green' | 'yellow' | 'red' | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** JSON: the owner's own status (`ManualStatus`), or null. */
  manual_status: string | null;
  carried_from: string | null;
}

export interface KeyResultRow {
  seq: number;
  id: string;
  objective_id: string;
  data: string;
  current: string | null;
  version: number;
  last_check_in_at: string | null;
  updated_at: string;
}

export interface CheckInRow {
  id: string;
  key_result_id: string;
  at: string;
  value: string | null;
  milestones: string | null;
  confidence: number | null;
  note: string | null;
  author_id: string;
  /** `manual`, `api` or `connector`; rows written before the column was there read `manual`. */
  source?: CheckIn['source'];
  source_ref?: string | null;
}

/** The columns a list page filters on and finds the cached JSON by; the rest is read on a cache miss. */
export type ListRow = Pick<
  ObjectiveRow,
  'seq' | 'id' | 'owner_id' | 'cycle_id' | 'parent_id' | 'visibility' | 'state' | 'version'
>;

/** The definitional fields of a key result, kept as JSON in `key_results.data`. */
export type KeyResultData = Omit<KeyResultCreate, 'id'> & { weight?: number };

/** A change the HTTP layer publishes as a Server-Sent Event once the transaction commits. */
export interface StoredEvent {
  id: number;
  type: 'objective.updated' | 'key-result.updated' | 'check-in.created' | 'comment.created' | 'key-result.sync-failed';
  objectiveId: string;
  data: Record<string, unknown>;
}

/** The competency ids a row's JSON column holds (`[]` for none). */
export const competencyIdsOf = (row: Pick<ObjectiveRow, 'competency_ids'>): string[] =>
  row.competency_ids ? (JSON.parse(row.competency_ids) as string[]) : [];

/** The objective fields a write may set, in the order revisions list them. */
export const OBJECTIVE_FIELDS = [
  'title',
  'description',
  'ownerId',
  'cycleId',
  'parentId',
  'alignment',
  'weight',
  'rollup',
  'visibility',
  'ambition',
  'kind',
  'competencyIds',
] as const;

/** The key result fields a write may set, in the order revisions list them. */
export const KEY_RESULT_FIELDS = [
  'title',
  'description',
  'type',
  'start',
  'target',
  'min',
  'max',
  'targets',
  'unit',
  'unitKind',
  'scoring',
  'milestones',
  'weight',
  'due',
  'checkInResponsibleId',
  'allowValuesOutsideCycle',
  'source',
] as const;

/**
 * What a write's `If-Match` accepts (RFC 9110 §13.1.1, strong comparison): one version, `*` (whatever
 * the version is), or a list of versions (any of them). Weak tags never match, so they are not in the list.
 */
export type VersionPrecondition = number | '*' | readonly number[];

export const matchesVersion = (precondition: VersionPrecondition, version: number) =>
  precondition === '*' ||
  (typeof precondition === 'number' ? precondition === version : precondition.includes(version));

export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const unbase64url = (text: string) => {
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return '';
  }
};

/** A list cursor: the `seq` of the last row a page looked at, opaque to clients. */
export const encodeCursor = (seq: number) => base64url(`o:${seq}`);
export const decodeCursor = (cursor: string) => {
  const match = /^o:(\d+)$/.exec(unbase64url(cursor));
  if (!match)
    throw badRequest([{ path: 'cursor', message: 'is not a cursor this server issued; start again without it' }], 400);
  return Number(match[1]);
};

export const jsonOrNull = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** A random id with a prefix (`o-1a2b3c4d`, `ci-…`): Web Crypto, so the store runs in a browser tab too. */
export const randomId = (prefix: string, length?: number) =>
  `${prefix}${length === undefined ? crypto.randomUUID() : crypto.randomUUID().slice(0, length)}`;

/**
 * The roll-up rule: a child counts toward its parent's progress only when it is approved (`active`)
 * or `closed`, and when everyone who may see the parent may see the child too: the child is public,
 * or both are private goals of the same owner. So a draft cannot move anyone's score, and a parent's
 * progress is the same for every viewer and never reveals a private goal beneath it.
 */
export function countsInParent(
  child: Pick<ObjectiveRow, 'state' | 'visibility' | 'owner_id'>,
  parent: Pick<ObjectiveRow, 'visibility' | 'owner_id'> | undefined,
): boolean {
  if (!parent || (child.state !== 'active' && child.state !== 'closed')) return false;
  return child.visibility === 'public' || (parent.visibility === 'private' && parent.owner_id === child.owner_id);
}

/** A check-in as the scoring engine reads it. */
export function coreCheckIn(row: CheckInRow) {
  return {
    at: row.at.slice(0, 10),
    value: jsonOrNull(row.value) as number | boolean | null,
    confidence: row.confidence,
  };
}

/** A check-in as the API answers it. */
export function checkInShape(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    keyResultId: row.key_result_id,
    at: row.at,
    value: jsonOrNull(row.value) as number | boolean | null,
    ...(row.milestones ? { milestones: JSON.parse(row.milestones) as boolean[] } : {}),
    confidence: row.confidence,
    note: row.note,
    authorId: row.author_id,
    source: row.source ?? 'manual',
    sourceRef: row.source_ref ?? null,
  };
}

/** A key result as the API answers it, before scoring. */
export function keyResultShape(row: KeyResultRow): KeyResult {
  const data = JSON.parse(row.data) as KeyResultData;
  const current = jsonOrNull(row.current) as number | boolean | null;
  return {
    ...data,
    id: row.id,
    objectiveId: row.objective_id,
    weight: data.weight ?? 1,
    current,
    ...(data.type === 'boolean' ? { done: current === true || current === 1 } : {}),
    version: row.version,
    lastCheckInAt: row.last_check_in_at,
    updatedAt: row.updated_at,
    score: NOT_SCORED,
  };
}
