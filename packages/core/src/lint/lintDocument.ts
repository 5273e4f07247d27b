import type { Cycle, GoalkitDraft, Owner } from '../model/documentSchema.js';
import {
  collect,
  type LintOptions,
  lintEnvironment,
  type MessageBucket,
  ObjectiveRunner,
  objectivePath,
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
  // Backwards, so the first objective with an id is the one kept, with one map operation each.
  for (let index = objectives.length - 1; index >= 0; index--) {
    const objective = objectives[index];
    if (objective !== undefined) objectiveIndex.set(objective.id, index);
  }

  const normalized: GoalkitDraft = {
    ...document,
    cycles: document.cycles ?? [],
    owners: document.owners ?? [],
    objectives,
  };
  // Document rules run first, into buckets of their own that are appended to each objective's
  // after its objective rules: the same order as running them last, but every objective can then
  // be finished as soon as it is linted. Few objectives get one, so the list is made on demand.
  let late: (MessageBucket | undefined)[] | undefined;
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
        late ??= new Array<MessageBucket | undefined>(objectives.length).fill(undefined);
        late[index] = collect(late[index], env, active, objective, objectivePath(index), finding);
      },
    };
    active.rule.check(context);
  }

  const runner = new ObjectiveRunner(env, owners);
  const results: ObjectiveLintResult[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (let index = 0; index < objectives.length; index++) {
    const objective = objectives[index];
    if (objective === undefined) continue;
    const cycle = objective.cycle === undefined ? undefined : cycles.get(objective.cycle);
    runner.run(objective, objectivePath(index), cycle);
    const extra = late?.[index];
    if (extra !== undefined) runner.add(extra);
    const result = runner.finish();
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    results.push(result);
  }
  return { objectives: results, errorCount, warningCount };
}
