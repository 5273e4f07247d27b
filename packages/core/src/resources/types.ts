import type { KeyResultType } from '../model/documentSchema.js';
import type { Status } from '../scoring/types.js';

/** The score block an API resource carries (see `@goalkit/client`'s contract). */
export interface ResourceScore {
  progress: number;
  raw?: number | undefined;
  expected: number;
  status: Status;
  confidence: number | null;
  hasData: boolean;
}

/** The fields of an API key result the engine reads; API objects with more fields fit. */
export interface KeyResultResource {
  id: string;
  title: string;
  type: KeyResultType;
  weight: number;
  start?: number | null | undefined;
  target?: number | null | undefined;
  min?: number | null | undefined;
  max?: number | null | undefined;
  targets?: { at: string; value: number }[] | undefined;
  scoring?: 'latest' | 'share-of-check-ins' | undefined;
  due?: string | null | undefined;
  /** The person who owes its check-ins, when not the objective's owner. */
  checkInResponsibleId?: string | null | undefined;
  current: number | boolean | null;
  done?: boolean | undefined;
  milestones?: { title: string; done: boolean; weight?: number | undefined }[] | undefined;
  score: ResourceScore;
}

/** The fields of an API objective the engine reads. */
export interface ObjectiveResource {
  id: string;
  title: string;
  ownerId: string;
  rollup: 'key-results' | 'children' | 'both';
  keyResults: KeyResultResource[];
  score: ResourceScore;
}
