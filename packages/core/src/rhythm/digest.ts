import type { GoalkitDocument } from '../model/documentSchema.js';
import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';
import { createScorer } from '../scoring/scorer.js';
import type { Status } from '../scoring/types.js';

/** Kudos or another comment on a goal, for the digest (a goalkit document holds none; a host passes them). */
export interface DigestComment {
  objectiveId: string;
  kind: 'comment' | 'kudos' | 'question' | (string & {});
  authorId: string;
  /** When it was written: an ISO instant or a `YYYY-MM-DD` day. */
  at: string;
  body: string;
}

/** What changed in the goals of a person or team between two days. */
export interface Digest {
  /** The owner the digest is about, and every owner below it in the owner tree. */
  ownerId: string;
  ownerIds: string[];
  /** The first and last day covered, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** How many objectives of a running cycle the scope holds. */
  objectives: number;
  /** The check-ins of those days, oldest first. */
  checkIns: {
    objectiveId: string;
    keyResultId: string;
    at: string;
    value: number | boolean | null;
    confidence: number | null;
  }[];
  /** Objectives whose status on `to` differs from the day before `from`. */
  statusChanges: { objectiveId: string; from: Status; to: Status }[];
  /** Key results that became at risk or off track over those days (from a better status). */
  newRisks: { objectiveId: string; keyResultId: string; from: Status; to: 'at-risk' | 'off-track' }[];
  /** Kudos given on those days on the scope's goals, oldest first. */
  kudos: DigestComment[];
  /** Key results of running cycles with no check-in over those days. */
  quiet: { objectiveId: string; keyResultId: string }[];
}

const RISKY = new Set<Status>(['at-risk', 'off-track']);
const RANK: Record<Status, number> = { achieved: 0, 'on-track': 1, 'not-started': 2, 'at-risk': 3, 'off-track': 4 };

/**
 * The digest of `ownerId`'s goals from `from` to `to` (days, both included): check-ins, objectives whose
 * status changed (scored as of the day before `from` and as of `to`), key results that became at risk or
 * off track, kudos (`comments` of kind `kudos`), and key results nobody checked in. The scope is the owner
 * and every owner below it in the owner tree (a team's digest holds its members' goals); objectives of
 * cycles not running on any of those days are left out.
 * @throws {RangeError} when a day is not `YYYY-MM-DD`, `to` is before `from`, or the owner is unknown.
 */
export function digest(
  document: GoalkitDocument,
  scope: { ownerId: string },
  from: string,
  to: string,
  options: {
    comments?: readonly DigestComment[];
    /**
     * Which objectives to report (those the reader may see, started ones): the others still count in the
     * scores of the goals they roll up into, as everywhere else, but the digest never names them.
     * @default every objective
     */
    include?: (objectiveId: string) => boolean;
  } = {},
): Digest {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (Number.isNaN(start) || Number.isNaN(end))
    throw new RangeError(`from and to must be days written YYYY-MM-DD (got ${from}, ${to})`);
  if (end < start) throw new RangeError(`to (${to}) is before from (${from})`);
  if (!document.owners.some((o) => o.id === scope.ownerId))
    throw new RangeError(`No owner has the id ${JSON.stringify(scope.ownerId)}`);

  const children = new Map<string, string[]>();
  for (const owner of document.owners)
    if (owner.parent) children.set(owner.parent, [...(children.get(owner.parent) ?? []), owner.id]);
  const ownerIds: string[] = [];
  const queue = [scope.ownerId];
  const seen = new Set<string>();
  for (let owner = queue.shift(); owner !== undefined; owner = queue.shift()) {
    if (seen.has(owner)) continue;
    seen.add(owner);
    ownerIds.push(owner);
    queue.push(...(children.get(owner) ?? []));
  }

  const cycles = new Map(document.cycles.map((c) => [c.id, c]));
  const include = options.include ?? (() => true);
  const objectives = document.objectives.filter((o) => {
    const cycle = cycles.get(o.cycle);
    return (
      seen.has(o.owner) &&
      include(o.id) &&
      cycle !== undefined &&
      dayNumber(cycle.start) <= end &&
      dayNumber(cycle.end) >= start
    );
  });
  const before = createScorer(document, { asOf: isoDateOfDay(start - 1) });
  const after = createScorer(document, { asOf: to });

  const result: Digest = {
    ownerId: scope.ownerId,
    ownerIds,
    from,
    to,
    objectives: objectives.length,
    checkIns: [],
    statusChanges: [],
    newRisks: [],
    kudos: [],
    quiet: [],
  };
  for (const objective of objectives) {
    const was = before.objective(objective.id).status;
    const is = after.objective(objective.id).status;
    if (was !== is) result.statusChanges.push({ objectiveId: objective.id, from: was, to: is });
    for (const keyResult of objective.keyResults) {
      let any = false;
      for (const checkIn of keyResult.checkIns) {
        const day = dayNumber(checkIn.at);
        if (day < start || day > end) continue;
        any = true;
        result.checkIns.push({
          objectiveId: objective.id,
          keyResultId: keyResult.id,
          at: checkIn.at,
          value: 'value' in checkIn && checkIn.value !== undefined ? checkIn.value : null,
          confidence: checkIn.confidence ?? null,
        });
      }
      if (!any) result.quiet.push({ objectiveId: objective.id, keyResultId: keyResult.id });
      const krWas = before.keyResult(keyResult.id).status;
      const krIs = after.keyResult(keyResult.id).status;
      if (RISKY.has(krIs) && RANK[krIs] > RANK[krWas])
        result.newRisks.push({
          objectiveId: objective.id,
          keyResultId: keyResult.id,
          from: krWas,
          to: krIs as 'at-risk' | 'off-track',
        });
    }
  }
  const inScope = new Set(objectives.map((o) => o.id));
  result.kudos = (options.comments ?? [])
    .filter((c) => {
      const day = dayNumber(c.at.slice(0, 10));
      return c.kind === 'kudos' && inScope.has(c.objectiveId) && day >= start && day <= end;
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  result.checkIns.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return result;
}
