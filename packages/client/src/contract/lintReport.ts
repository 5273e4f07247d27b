import type { ObjectiveLintResult } from '@goalkit/core/lint';
import type { LintReport } from './schemas.js';

/**
 * The linter's result for one objective (core's `lintDocument`) as the contract's `LintReport`, the reply
 * of `GET /objectives/{id}/lint`: the SMART scores and each message with the fields the contract names,
 * optional fields left out when the linter has none. A backend that lints with core answers with this.
 */
export function toLintReport(result: ObjectiveLintResult): LintReport {
  const { smart } = result;
  return {
    objectiveId: result.objectiveId,
    smart: {
      specific: smart.specific,
      measurable: smart.measurable,
      achievable: smart.achievable,
      relevant: smart.relevant,
      timeBound: smart.timeBound,
      overall: smart.overall,
    },
    messages: result.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      category: m.category,
      path: m.path,
      ...(m.field === undefined ? {} : { field: m.field }),
      letter: m.letter,
      objectiveId: m.objectiveId,
      ...(m.keyResultId === undefined ? {} : { keyResultId: m.keyResultId }),
      message: m.message,
      ...(m.suggestion === undefined ? {} : { suggestion: m.suggestion }),
    })),
  };
}
