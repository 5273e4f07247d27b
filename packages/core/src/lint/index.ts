export { applyFixes } from './applyFixes.js';
export {
  type ActiveRule,
  findLintConfigProblems,
  type LintConfig,
  LintConfigError,
  type LintPreset,
  presetRules,
  type ResolvedLintConfig,
  type RuleEntry,
  resolveLintConfig,
} from './lintConfig.js';
export { lintDocument } from './lintDocument.js';
export {
  formatLintMessage,
  LINT_CATALOGS,
  type LintCatalog,
  lintLocaleOf,
  type MessageTemplate,
} from './lintMessages.js';
export { type LintObjectiveOptions, type LintOptions, lintObjective } from './lintObjective.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { rulesMarkdown } from './rulesMarkdown.js';
export { computeSmartScore } from './smartScore.js';
export type {
  DocumentLintResult,
  DocumentRule,
  DocumentRuleContext,
  Finding,
  FindingFix,
  LintFix,
  LintLocale,
  LintMessage,
  MessageData,
  MessageSeverity,
  ObjectiveLintResult,
  ObjectiveRule,
  ObjectiveRuleContext,
  Rule,
  RuleCategory,
  RuleDocs,
  RuleOptions,
  RuleOptionValue,
  RuleSeverity,
  SmartCost,
  SmartLetter,
  SmartScore,
} from './types.js';
export { LINT_LOCALES, WORD_LISTS, type WordList } from './wordLists.js';
