import type { DocumentRule, ObjectiveRule, RuleOptions } from '../types.js';

/** Declares a rule about one objective; the identity, typed, so options stay checked. */
export function defineObjectiveRule<TOptions extends RuleOptions>(
  rule: Omit<ObjectiveRule<TOptions>, 'scope'>,
): ObjectiveRule<TOptions> {
  return { ...rule, scope: 'objective' };
}

/** Declares a rule about the whole document. */
export function defineDocumentRule<TOptions extends RuleOptions>(
  rule: Omit<DocumentRule<TOptions>, 'scope'>,
): DocumentRule<TOptions> {
  return { ...rule, scope: 'document' };
}
