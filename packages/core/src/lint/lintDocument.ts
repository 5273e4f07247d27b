import type { Cycle, GoalkitDraft, Owner } from '../model/documentSchema.js';
import {
  collect,
  EMPTY_BUCKET,
  finishObjective,
  type LintOptions,
  lintEnvironment,
  type MessageBucket,
  newBucket,
  ObjectiveRunner,
} from './lintObjective.js';
import type {
  DocumentLintResult,
  DocumentRuleContext,
  LintMessage,
  ObjectiveLintResult,
  RuleOptions,
} from './types.js';

/**
 * Lints a whole document: every objective with the objective rules, plus the rules that need the
 * other goals (alignment, load per owner). Accepts a draft from `parseDocument(x, { mode: 'draft' })`
 * (a strict document works too).
 *
 * @throws {LintConfigError} for an invalid `config`; {RangeError} for an invalid `asOf`.
 */
export function lintDocument(document: GoalkitDraft, options: LintOptions = {}): DocumentLintResult {
  const env = lintEnvironment(options);
  const cycles = new Map<string, Cycle>();
  for (const cycle of document.cycles ?? []) if (!cycles.has(cycle.id)) cycles.set(cycle.id, cycle);
  const owners = new Map<string, Owner>();
  for (const owner of document.owners ?? []) if (!owners.has(owner.id)) owners.set(owner.id, owner);
  const objectives = document.objectives ?? [];
  const objectiveIndex = new Map<string, number>();
  objectives.forEach((objective, index) => {
    if (!objectiveIndex.has(objective.id)) objectiveIndex.set(objective.id, index);
  });

  const normalized: GoalkitDraft = {
    ...document,
    cycles: document.cycles ?? [],
    owners: document.owners ?? [],
    objectives,
  };
  // Document rules run first, into buckets of their own that are appended to each objective's
  // after its objective rules: the same order as running them last, but every objective can then
  // be finished as soon as it is linted, so its working arrays die young.
  const late: (MessageBucket | undefined)[] = [];
  for (const active of env.config.documentRules) {
    const context: DocumentRuleContext<RuleOptions> = {
      document: normalized,
      cycles,
      owners,
      objectiveIndex,
      asOf: env.asOf,
      options: active.options,
      report(index, finding) {
        const objective = objectives[index];
        if (objective === undefined) return;
        let bucket = late[index];
        if (bucket === undefined) {
          bucket = newBucket();
          late[index] = bucket;
        }
        collect(bucket, env, active, objective, `objectives[${index}]`, finding);
      },
    };
    active.rule.check(context);
  }

  const runner = new ObjectiveRunner(env);
  const results: ObjectiveLintResult[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (let index = 0; index < objectives.length; index++) {
    const objective = objectives[index];
    if (objective === undefined) continue;
    const path = `objectives[${index}]`;
    const cycle = objective.cycle === undefined ? undefined : cycles.get(objective.cycle);
    const owner = objective.owner === undefined ? undefined : owners.get(objective.owner);
    let bucket = runner.run(objective, path, cycle, owner);
    const extra = late[index];
    if (extra !== undefined) {
      if (bucket === EMPTY_BUCKET) bucket = extra;
      else {
        for (let i = 0; i < extra.messages.length; i++) {
          bucket.messages.push(extra.messages[i] as LintMessage);
          bucket.order.push(extra.order[i] as number);
          bucket.points.push(extra.points[i] as number);
        }
      }
    }
    const result = finishObjective(objective.id, path, bucket);
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    results.push(result);
  }
  return { objectives: results, errorCount, warningCount };
}
