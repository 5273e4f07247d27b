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
import type { DocumentLintResult, DocumentRuleContext, ObjectiveLintResult, RuleOptions } from './types.js';

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

  const runner = new ObjectiveRunner(env);
  const paths: string[] = new Array(objectives.length);
  const buckets: MessageBucket[] = new Array(objectives.length);
  for (let index = 0; index < objectives.length; index++) {
    const objective = objectives[index];
    if (objective === undefined) continue;
    const path = `objectives[${index}]`;
    paths[index] = path;
    const cycle = objective.cycle === undefined ? undefined : cycles.get(objective.cycle);
    const owner = objective.owner === undefined ? undefined : owners.get(objective.owner);
    buckets[index] = runner.run(objective, path, cycle, owner);
  }

  const normalized: GoalkitDraft = {
    ...document,
    cycles: document.cycles ?? [],
    owners: document.owners ?? [],
    objectives,
  };
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
        let bucket = buckets[index];
        if (objective === undefined || bucket === undefined) return;
        if (bucket === EMPTY_BUCKET) {
          bucket = newBucket();
          buckets[index] = bucket;
        }
        collect(bucket, env, active, objective, paths[index] ?? `objectives[${index}]`, finding);
      },
    };
    active.rule.check(context);
  }

  const results: ObjectiveLintResult[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (let index = 0; index < objectives.length; index++) {
    const objective = objectives[index];
    if (objective === undefined) continue;
    const result = finishObjective(objective.id, paths[index] ?? '', buckets[index] ?? newBucket());
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    results.push(result);
  }
  return { objectives: results, errorCount, warningCount };
}
