import type { Cycle, GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import { dayNumber, dayNumberOfDate, isoDateOfDay } from '../scoring/dayNumber.js';
import { createScorer, type Scorer } from '../scoring/scorer.js';

/** Options every analytics function takes: whose goals count, and how large a group must be to be shown. */
export interface AnalyticsScope {
  /**
   * Counts only the objectives the viewer may see; the others are left out of every figure and list.
   * @default every objective
   */
  visible?: (objective: Objective) => boolean;
  /**
   * Counts only the goals of this owner and of every owner below it in the owner tree (a team's figures
   * hold its members' goals). A key result belongs to its own `owner` when it names one, else to its
   * objective's owner.
   * @default the whole organisation
   */
  ownerId?: string;
  /**
   * The smallest group of people whose figures are shown (see `kAnonymous`); the group of a figure is the
   * distinct owners of the key results it counts.
   * @default 5
   */
  k?: number;
}

/** For the functions that score: a scorer to share between calls. */
export interface AnalyticsScoring {
  /**
   * The scorer of a document, evaluated as of `asOf` (a host that keeps one passes it, and several analytics
   * share it); by default one is built per document and call.
   * @throws {RangeError} (from the analytics function) when the scorer is evaluated as of another day.
   */
  scorer?: (document: GoalkitDocument) => Scorer;
}

/** The UTC day of `asOf`, or a RangeError naming the option. */
export function dayOf(asOf: string | Date, name = 'asOf'): number {
  const day = asOf instanceof Date ? dayNumberOfDate(asOf) : dayNumber(asOf);
  if (Number.isNaN(day)) {
    throw new RangeError(`${name} must be a YYYY-MM-DD date or a valid Date (got ${JSON.stringify(String(asOf))})`);
  }
  return day;
}

/** The cycle with this id, or a RangeError listing the ones there are. */
export function cycleOf(document: GoalkitDocument, cycleId: string): Cycle {
  const cycle = document.cycles.find((c) => c.id === cycleId);
  if (cycle === undefined) {
    throw new RangeError(
      `No cycle has the id ${JSON.stringify(cycleId)}; use one of ${document.cycles.map((c) => JSON.stringify(c.id)).join(', ') || '(the document has no cycles)'}`,
    );
  }
  return cycle;
}

/** A cycle's first and last day as day numbers. */
export function cycleDays(cycle: Cycle): { start: number; end: number } {
  return { start: dayOf(cycle.start, `cycle ${cycle.id}'s start`), end: dayOf(cycle.end, `cycle ${cycle.id}'s end`) };
}

/** The documents of a call that takes one or several. */
export function documentsOf(input: GoalkitDocument | readonly GoalkitDocument[]): readonly GoalkitDocument[] {
  return Array.isArray(input) ? input : [input as GoalkitDocument];
}

/**
 * Who a key result's figures are about: its own `owner` when it names one, else its objective's owner.
 * Privacy groups count these.
 */
export function contributorOf(objective: Objective, keyResult: KeyResult): string {
  return keyResult.owner ?? objective.owner;
}

/**
 * Which key results a scope counts: a test on the contributor, or `undefined` for everyone.
 * @throws {RangeError} when the owner is unknown.
 */
export function scopeTest(
  document: GoalkitDocument,
  ownerId: string | undefined,
): ((owner: string) => boolean) | undefined {
  if (ownerId === undefined) return undefined;
  if (!document.owners.some((o) => o.id === ownerId))
    throw new RangeError(`No owner has the id ${JSON.stringify(ownerId)}; use an id from the document's owners`);
  const parents = new Map(document.owners.map((o) => [o.id, o.parent]));
  const inScope = new Map<string, boolean>();
  return (owner) => {
    const known = inScope.get(owner);
    if (known !== undefined) return known;
    let found = false;
    const seen = new Set<string>();
    for (let at: string | undefined = owner; at !== undefined && !seen.has(at); at = parents.get(at)) {
      if (at === ownerId) {
        found = true;
        break;
      }
      seen.add(at);
    }
    inScope.set(owner, found);
    return found;
  };
}

/**
 * The progress from which an objective (and each of its key results) counts as achieved: 1 for a
 * `committed` objective (the default), 0.7 for an `aspirational` one.
 */
export function achievementThreshold(objective: Objective): number {
  return objective.ambition === 'aspirational' ? 0.7 : 1;
}

/** Progress is a ratio of floating-point numbers: 0.7 may come out as 0.6999999999999998. */
const PROGRESS_TOLERANCE = 1e-9;

/** Whether `progress` reaches the objective's {@link achievementThreshold}. */
export function achieved(objective: Objective, progress: number): boolean {
  return progress >= achievementThreshold(objective) - PROGRESS_TOLERANCE;
}

/** The day a fraction τ of the way through a cycle: start + ⌊τ × (end − start)⌋. */
export function fractionDay(start: number, end: number, fraction: number): number {
  return start + Math.floor(fraction * (end - start));
}

/**
 * A function that gives the scorer of a document as of `asOf`: the caller's, checked to be evaluated as of
 * that day, or one built once per document for this call.
 */
export function scorerSource(
  asOfDay: number,
  given: ((document: GoalkitDocument) => Scorer) | undefined,
): (document: GoalkitDocument) => Scorer {
  const iso = isoDateOfDay(asOfDay);
  const built = new Map<GoalkitDocument, Scorer>();
  return (document) => {
    if (given !== undefined) {
      const scorer = given(document);
      if (scorer.asOf !== iso)
        throw new RangeError(
          `the scorer given is evaluated as of ${scorer.asOf}, not ${iso}; call setAsOf(${iso}) first`,
        );
      return scorer;
    }
    let scorer = built.get(document);
    if (scorer === undefined) {
      scorer = createScorer(document, { asOf: iso });
      built.set(document, scorer);
    }
    return scorer;
  };
}

/** Middle value of numbers (the mean of the two middle ones for an even count); `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically without a comparator call per comparison.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * {@link scopeTest} for each of several documents (one per cycle, say): in a document that does not list
 * the owner, nothing is in scope.
 * @throws {RangeError} when no document lists the owner.
 */
export function scopeTests(
  documents: readonly GoalkitDocument[],
  ownerId: string | undefined,
): (((owner: string) => boolean) | undefined)[] {
  if (ownerId === undefined) return documents.map(() => undefined);
  if (documents.length > 0 && !documents.some((d) => d.owners.some((o) => o.id === ownerId)))
    throw new RangeError(`No owner has the id ${JSON.stringify(ownerId)}; use an id from the documents' owners`);
  return documents.map((d) => (d.owners.some((o) => o.id === ownerId) ? scopeTest(d, ownerId) : () => false));
}

/** Per document: each owner's kind, and the people below each team or org (its members, at any depth). */
const peopleBelow = new WeakMap<GoalkitDocument, { persons: Set<string>; members: Map<string, readonly string[]> }>();

function directory(document: GoalkitDocument) {
  let found = peopleBelow.get(document);
  if (found) return found;
  const parents = new Map(document.owners.map((o) => [o.id, o.parent]));
  const persons = new Set<string>();
  const members = new Map<string, string[]>();
  for (const owner of document.owners) {
    if (owner.kind !== 'person') continue;
    persons.add(owner.id);
    // Every team and org above the person, once each (a loop in the tree stops the walk).
    const seen = new Set<string>();
    for (let unit = owner.parent; unit !== undefined && !seen.has(unit); unit = parents.get(unit)) {
      seen.add(unit);
      const list = members.get(unit);
      if (list) list.push(owner.id);
      else members.set(unit, [owner.id]);
    }
  }
  found = { persons, members };
  peopleBelow.set(document, found);
  return found;
}

/**
 * How many people an aggregate over these contributors (owners of the goals it counts) is about: the
 * people among them, and everyone in each team or org among them (a team's goal is its members' work, so
 * a team of 3 is a group of 3 however many goals it owns). Privacy groups count this.
 */
export function peopleIn(
  documents: GoalkitDocument | readonly GoalkitDocument[],
  contributors: ReadonlySet<string>,
): number {
  const directories = documentsOf(documents).map(directory);
  const isPerson = (id: string) => directories.some((d) => d.persons.has(id));
  const units = [...contributors].filter((id) => !isPerson(id));
  if (units.length === 0) return contributors.size;
  const people = new Set<string>();
  for (const id of contributors) if (isPerson(id)) people.add(id);
  for (const unit of units)
    for (const { members } of directories) for (const person of members.get(unit) ?? []) people.add(person);
  return people.size;
}
